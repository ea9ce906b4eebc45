import type { Rng } from './prng';
import type { RequestTypeProfile } from './request-types';

type TypeKey = RequestTypeProfile['key'];

const SUMMARIES: Record<TypeKey, readonly string[]> = {
  logistics: [
    '订单{order}物流信息三天未更新',
    '快递显示已签收但本人未收到',
    '请问订单{order}什么时候发货',
    '跨境包裹清关进度查询',
    '配送地址填错了，能否修改',
    '晚上下的单能否加急配送',
  ],
  product: [
    '{product}的型号怎么选',
    '{product}是否支持以旧换新',
    '{product}和上一代有什么区别',
    '{product}的保修期是多久',
    '{product}能否兼容我的设备',
  ],
  refund: [
    '申请退款：订单{order}重复扣款',
    '退货已寄回，退款何时到账',
    '优惠券未生效，申请退差价',
    '取消订单{order}后未收到退款',
  ],
  account: [
    '无法登录账户，收不到验证码',
    'App下单时页面卡顿报错',
    '修改绑定手机号失败',
    '支付页面一直转圈无法付款',
    '会员积分显示异常',
  ],
  complaint: [
    '投诉：客服回复太慢，问题一直没解决',
    '投诉快递员态度差',
    '对退款处理结果不满意',
    '投诉：商品与描述不符',
  ],
};

const FIRST_REPLIES: Record<TypeKey, readonly string[]> = {
  logistics: [
    '您好，已为您查询订单{order}的物流，包裹目前在转运中心，预计两天内送达。',
    '您好，已联系快递公司核实签收情况，请稍候。',
  ],
  product: [
    '您好，{product}的详细参数已发给您，可按使用场景选择型号。',
    '您好，{product}支持该功能，使用说明见商品详情页。',
  ],
  refund: ['您好，退款申请已提交财务审核，一般1-3个工作日原路退回。', '您好，已收到退货，正在为您办理退款。'],
  account: ['您好，已为您重置登录状态，请清除缓存后重试。', '您好，问题已转技术部排查，我们会尽快回复您。'],
  complaint: [
    '您好，非常抱歉给您带来不好的体验，我们已记录并会在24小时内给您答复。',
    '您好，感谢您的反馈，已升级给主管处理。',
  ],
};

const FOLLOW_UPS = [
  '您好，感谢您的耐心等待，问题已处理，请再确认一下。',
  '您好，补充信息已收到，我们已经为您跟进。',
  '您好，已为您申请补偿，请留意短信通知。',
];
const CUSTOMER_COMMENTS = [
  '还是没有解决，请尽快处理。',
  '好的，我再试一下。',
  '请问现在进度怎么样了？',
  '附上订单截图，请查看。',
];
const REOPEN_COMMENTS: Record<TypeKey, readonly string[]> = {
  logistics: ['快递还是没有更新。', '包裹又显示退回了，请再查一下。'],
  product: ['按照说明操作后还是不行。', '收到货后发现和您说的不一样。'],
  refund: ['退款还没到账，请再帮我查一下。', '只退了一部分，金额不对。'],
  account: ['又登录不上了，同样的问题。', '问题又出现了。'],
  complaint: ['对处理结果还是不满意。', '承诺的补偿还没有收到。'],
};
const INTERNAL_NOTES = [
  '已联系物流部核实，等待回复。',
  '升级给主管，需要跨部门协作。',
  '客户情绪较大，注意话术。',
  '已提交技术部工单，等待排查结果。',
  '夜间无人跟进，次日早班处理。',
];
const PRODUCTS = ['智能手表S3', '蓝牙耳机Pro', '空气炸锅', '运动鞋X1', '扫地机器人', '保温杯'];

/** Phrases for one ticket, filled with its order number and product. */
export interface TicketTexts {
  summary: string;
  firstReply: string;
  followUp(rng: Rng): string;
  customerComment(rng: Rng): string;
  reopenComment(rng: Rng): string;
  internalNote(rng: Rng): string;
}

/** Draws the phrases of a ticket of the given type. */
export function ticketTexts(rng: Rng, type: TypeKey): TicketTexts {
  const order = String(rng.int(20_260_000_000, 20_269_999_999));
  const product = rng.pick(PRODUCTS);
  const fill = (template: string): string => template.replace('{order}', order).replace('{product}', product);
  return {
    summary: fill(rng.pick(SUMMARIES[type])),
    firstReply: fill(rng.pick(FIRST_REPLIES[type])),
    followUp: (r) => r.pick(FOLLOW_UPS),
    customerComment: (r) => r.pick(CUSTOMER_COMMENTS),
    reopenComment: (r) => r.pick(REOPEN_COMMENTS[type]),
    internalNote: (r) => r.pick(INTERNAL_NOTES),
  };
}
