import type { Draft } from '../shared/draft';
import type { Finding, Severity } from '../shared/finding';
import { networkNames } from '../shared/networks';
import type { RuleContext } from './context';
import { brandOf } from './context';
import type { DraftFacts } from './draft-facts';
import type { FoundLink } from './extract-links';
import { asksForLink } from './keywords/link-request';
import { isOwnLink, isShortener } from './own-domain';
import type { Rule } from './rule';

/** Threads refuses a post with more than five links. */
const threadsMaxLinks = 5;

function externalSeverity(policy: 'allow' | 'warn' | 'avoid'): Severity | undefined {
  if (policy === 'allow') return undefined;
  return policy === 'avoid' ? 'error' : 'warn';
}

/** Why an external link is there, when it is there for a reason: it changes what we say about it. */
type LinkReason = { kind: 'requested'; request: string } | { kind: 'curated' } | undefined;

/**
 * The handbook recommends sharing relevant third-party links (docs/ARCHITECTURE.md, the `curated` category):
 * in such a post the link is the point, so it gets a note rather than the warning. Curated when the
 * user chose the category in the panel, or when the guess rests on more than the link itself (a
 * "via", "source", "à lire"): any external link alone leans the guess to curated, and would
 * otherwise never be warned about.
 */
function isCurated(draft: Draft, facts: DraftFacts): boolean {
  if (draft.kind !== 'post') return false;
  const guess = facts.classification;
  if (guess.category !== 'curated') return false;
  if (guess.overridden.category) return true;
  const linkTexts = new Set(facts.links.map((link) => link.text));
  return guess.evidence.some((word) => !linkTexts.has(word));
}

function externalMessage(domain: string, reason: LinkReason): Pick<Finding, 'message' | 'params'> {
  if (reason?.kind === 'requested')
    return { message: 'ruleLinksExternalRequested', params: [domain, reason.request] };
  if (reason?.kind === 'curated') return { message: 'ruleLinksExternalCurated', params: [domain] };
  return { message: 'ruleLinksExternal', params: [domain] };
}

/** One finding per external domain, naming it, with every link to it as evidence. */
function externalFindings(external: readonly FoundLink[], severity: Severity, reason: LinkReason): Finding[] {
  const byDomain = new Map<string, string[]>();
  for (const link of external) {
    const texts = byDomain.get(link.domain);
    if (texts) texts.push(link.text);
    else byDomain.set(link.domain, [link.text]);
  }
  return [...byDomain].map(([domain, texts]) => ({
    id: 'links.external',
    severity: reason ? 'info' : severity,
    ...externalMessage(domain, reason),
    evidence: texts,
  }));
}

function platformFindings(draft: Draft, links: readonly FoundLink[]): Finding[] {
  const name = networkNames[draft.network];
  const evidence = links.map((link) => link.text);
  if (draft.network === 'instagram') {
    return [
      { id: 'links.platform', severity: 'warn', message: 'ruleLinksInstagram', params: [name], evidence },
    ];
  }
  if (draft.network === 'linkedin' && draft.kind === 'post') {
    return [
      { id: 'links.platform', severity: 'info', message: 'ruleLinksLinkedIn', params: [name], evidence },
    ];
  }
  if (draft.network === 'threads' && links.length > threadsMaxLinks) {
    return [
      {
        id: 'links.too-many',
        severity: 'error',
        message: 'ruleLinksTooMany',
        params: [links.length, threadsMaxLinks, name],
        evidence,
      },
    ];
  }
  return [];
}

function linkReason(draft: Draft, facts: DraftFacts, severity: Severity): LinkReason {
  // A reply that answers "where can I buy it?" with a link is doing its job.
  const [request] = draft.kind === 'reply' ? asksForLink(draft.replyTo) : [];
  if (request) return { kind: 'requested', request };
  // A brand whose policy is to avoid external links altogether has chosen stricter than the handbook.
  if (severity === 'warn' && isCurated(draft, facts)) return { kind: 'curated' };
  return undefined;
}

/**
 * The handbook: don't pull followers off the network; a link only where the context calls for it.
 * Own domains (and their subdomains) and the policy's allowed domains are never warned about;
 * a shortener is flagged on its own, since it hides which domain it leads to.
 */
export const linksRule: Rule = {
  id: 'links',
  check(draft: Draft, context: RuleContext, facts: DraftFacts): Finding[] {
    const { links } = facts;
    if (!links.length) return [];
    const { linkPolicy } = context.settings;
    const trusted = [...brandOf(context).ownDomains, ...linkPolicy.allowedDomains];
    const findings: Finding[] = [];
    const external: FoundLink[] = [];
    for (const link of links) {
      if (isShortener(link) && !isOwnLink(link, trusted)) {
        findings.push({
          id: 'links.shortener',
          severity: 'warn',
          message: 'ruleLinksShortener',
          params: [link.text, link.domain],
          evidence: [link.text],
        });
      } else if (!isOwnLink(link, trusted)) external.push(link);
    }
    const severity = externalSeverity(linkPolicy.external);
    if (severity && external.length) {
      findings.push(...externalFindings(external, severity, linkReason(draft, facts, severity)));
    }
    findings.push(...platformFindings(draft, links));
    return findings;
  },
};
