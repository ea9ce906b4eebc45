/** Words that say nothing concrete about a change on their own: generic verbs, fillers and the domain's buzzwords. */
const GENERIC_WORDS = new Set(
  (
    'a an the to of for and or in on at by with into our we us it its all more less some any ' +
    'improve improving improvement improvements optimise optimize optimisation optimization enhance ' +
    'better fix fixing handle address review check look work do make ensure increase reduce raise ' +
    'strengthen boost update support manage monitor follow up focus continue try keep ' +
    'thing things stuff issue issues problem problems process processes quality service services ' +
    'performance customer customers experience team overall general generally efficiency effectiveness'
  ).split(' '),
);

/** Chinese terms that are just as generic (改进, 优化, 提升 …), longest first so they are removed whole. */
const GENERIC_HAN = [
  '进一步',
  '改进',
  '改善',
  '优化',
  '提升',
  '提高',
  '加强',
  '完善',
  '处理',
  '解决',
  '跟进',
  '关注',
  '检查',
  '流程',
  '质量',
  '服务',
  '问题',
  '工作',
  '客户',
  '体验',
  '效率',
  '管理',
  '相关',
  '持续',
  '的',
];

const MIN_WORDS = 3;

/** Why the "What" of an action is too vague to act on, or null when it names a concrete change. */
export function vagueness(what: string): string | null {
  const text = what.trim();
  const example = 'e.g. "Add a night shift to the chat queue"';
  if (text === '') return `"What" is empty — say what will be done, ${example}`;
  const han = text.match(/\p{Script=Han}/gu) ?? [];
  const words = text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  // Chinese has no spaces: two Han characters count as a word, about the length of a Chinese word.
  if (words.length + han.length / 2 < MIN_WORDS)
    return `"What" is too vague: "${text}" has fewer than ${MIN_WORDS} words — say what will change, where and for whom, ${example}`;
  const specificWords = words.filter((w) => !GENERIC_WORDS.has(w.toLowerCase()));
  const specificHan = GENERIC_HAN.reduce((rest, term) => rest.split(term).join(''), han.join(''));
  if (specificWords.length === 0 && specificHan.length === 0)
    return `"What" uses only generic words ("${text}") — name the concrete change, ${example}`;
  return null;
}
