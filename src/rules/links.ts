import type { Draft } from '../shared/draft';
import type { Finding, Severity } from '../shared/finding';
import { networkNames } from '../shared/networks';
import type { RuleContext } from './context';
import { brandOf } from './context';
import type { FoundLink } from './extract-links';
import { linksOf } from './extract-links';
import { asksForLink } from './keywords/link-request';
import { isOwnLink, isShortener } from './own-domain';
import type { Rule } from './rule';

/** Threads refuses a post with more than five links. */
const threadsMaxLinks = 5;

function externalSeverity(policy: 'allow' | 'warn' | 'avoid'): Severity | undefined {
  if (policy === 'allow') return undefined;
  return policy === 'avoid' ? 'error' : 'warn';
}

/** One finding per external domain, naming it, with every link to it as evidence. */
function externalFindings(
  external: readonly FoundLink[],
  severity: Severity,
  requested: string[],
): Finding[] {
  const byDomain = new Map<string, string[]>();
  for (const link of external) {
    const texts = byDomain.get(link.domain);
    if (texts) texts.push(link.text);
    else byDomain.set(link.domain, [link.text]);
  }
  return [...byDomain].map(([domain, texts]) => ({
    id: 'links.external',
    severity: requested.length ? 'info' : severity,
    message: requested.length ? 'ruleLinksExternalRequested' : 'ruleLinksExternal',
    params: requested.length ? [domain, requested[0]] : [domain],
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
        params: [String(links.length), String(threadsMaxLinks), name],
        evidence,
      },
    ];
  }
  return [];
}

/**
 * The handbook: don't pull followers off the network; a link only where the context calls for it.
 * Own domains (and their subdomains) and the policy's allowed domains are never warned about;
 * a shortener is flagged on its own, since it hides which domain it leads to.
 */
export const linksRule: Rule = {
  id: 'links',
  check(draft: Draft, context: RuleContext): Finding[] {
    const links = linksOf(draft.text);
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
      // A reply that answers "where can I buy it?" with a link is doing its job.
      const requested = draft.kind === 'reply' ? asksForLink(draft.replyTo) : [];
      findings.push(...externalFindings(external, severity, requested));
    }
    findings.push(...platformFindings(draft, links));
    return findings;
  },
};
