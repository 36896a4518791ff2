/** One stretch of a string in one script: Han (with its full-width punctuation) or anything else. */
export interface ScriptRun {
  text: string;
  han: boolean;
}

const HAN_RUN = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;

/** Splits an English record that quotes Chinese words ("the NBS unit is 万件") so each Chinese stretch can carry its lang. */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let last = 0;
  for (const m of text.matchAll(HAN_RUN)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), han: false });
    runs.push({ text: m[0], han: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), han: false });
  return runs;
}
