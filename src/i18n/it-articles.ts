/**
 * Italian articles before a percentage agree with how the number is spoken: "il 70%",
 * "l’80%" (ottanta), "l’11%" (undici), "l’1,5%" (uno virgola cinque), "lo 0%" (zero).
 * Catalogue messages write the plain form ("il {share}"); this picks the right one once
 * the number is in.
 */
const ELIDED: Record<string, string> = {
  il: 'l’',
  al: 'all’',
  dal: 'dall’',
  nel: 'nell’',
  sul: 'sull’',
  del: 'dell’',
};
const LO: Record<string, string> = {
  il: 'lo ',
  al: 'allo ',
  dal: 'dallo ',
  nel: 'nello ',
  sul: 'sullo ',
  del: 'dello ',
};

/** Whether an Italian number (1.234,5 style) is spoken starting with a vowel: otto…, uno, undici…. */
function startsWithVowelSound(number: string): boolean {
  const integer = number.split(',')[0] ?? '';
  const groups = integer.split('.');
  const lead = groups[0] ?? '';
  if (lead.startsWith('8')) return true; // otto, ottanta, ottocento, ottomila
  // uno / undici (and undicimila); but 1.000 is "mille" and 1.000.000 "un milione".
  if (lead === '11') return true;
  if (lead === '1') return groups.length === 1;
  return false;
}

/** Fixes "il/al/dal/nel/sul/del" before percentages in an Italian sentence. */
export function agreeItalianArticles(text: string): string {
  return text.replace(
    /\b(il|al|dal|nel|sul|del) ([−-]?)(\d[\d.]*(?:,\d+)?)(\s?%)/g,
    (whole, article: string, sign: string, number: string, percent: string) => {
      if (sign) return whole;
      if (/^0(,|$)/.test(number)) return `${LO[article]}${number}${percent}`;
      if (startsWithVowelSound(number)) return `${ELIDED[article]}${number}${percent}`;
      return whole;
    },
  );
}
