import { foldedTag } from './tag-identity';

/**
 * Hashtags a brand should not post by accident, because the tag already belongs to something it
 * would not want to stand beside. None of our suggestions may use one (unusual-days.test.ts).
 * Digits-only codes (#1488, #420) are left out: they are no hashtags on the networks (isHashtag).
 */
export const avoidedHashtags: readonly { tag: string; why: string }[] = [
  { tag: '#EDL', why: 'the English Defence League, a far-right movement' },
  { tag: '#MayDay', why: 'the distress call; 1 May has clearer tags' },
  { tag: '#WPWW', why: '"White Pride World Wide", a white-supremacist slogan' },
  { tag: '#WhitePride', why: 'a white-supremacist slogan' },
  { tag: '#ItsOkayToBeWhite', why: 'a white-supremacist campaign' },
  { tag: '#WeedDay', why: 'cannabis culture (20 April)' },
  { tag: '#BicycleDay', why: 'the LSD anniversary (19 April), not cycling' },
];

const avoided = new Set(avoidedHashtags.map((entry) => foldedTag(entry.tag)));

export function isAvoidedHashtag(tag: string): boolean {
  return avoided.has(foldedTag(tag));
}
