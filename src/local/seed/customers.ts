import { createRng, deriveSeed } from './prng';

const SURNAMES = [
  '张',
  '王',
  '李',
  '赵',
  '陈',
  '刘',
  '杨',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '华',
  '慧',
  '晨',
];
const PINYIN_SURNAMES = [
  'zhang',
  'wang',
  'li',
  'zhao',
  'chen',
  'liu',
  'yang',
  'huang',
  'zhou',
  'wu',
  'xu',
  'sun',
  'hu',
  'zhu',
  'gao',
  'lin',
  'he',
  'guo',
  'ma',
  'luo',
];
const MAIL_DOMAINS = ['qq.com', '163.com', 'example.cn', 'outlook.com'];

/** A portal customer (a JSM customer account, not a licensed agent). */
export interface Customer {
  accountId: string;
  displayName: string;
  emailAddress: string;
}

const CUSTOMER_STREAM = 0x0c0ffee;

/** The customer at an index of the pool, derived from the seed alone (no stored state). */
export function customerAt(seedHash: number, index: number): Customer {
  const rng = createRng(deriveSeed(seedHash, CUSTOMER_STREAM, index));
  const hex = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += rng.int(0, 16).toString(16);
    return s;
  };
  const surname = rng.int(0, SURNAMES.length);
  const given = rng.pick(GIVEN);
  return {
    accountId: `${rng.pick(['5b', '5c', '5d', '60', '61', '62'])}${hex(22)}`,
    displayName: `${SURNAMES[surname] ?? ''}${given}`,
    emailAddress: `${PINYIN_SURNAMES[surname] ?? 'user'}${index + 1}@${rng.pick(MAIL_DOMAINS)}`,
  };
}
