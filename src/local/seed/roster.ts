/** The support teams and agents of the demo site, with their shifts in local hours. */

/** Team keys. */
export type TeamKey = 'orders' | 'aftersales' | 'product';

/** A team and the option id of its value in the Team select field. */
export interface Team {
  key: TeamKey;
  name: string;
  optionId: string;
}

/** An agent: a licensed Jira user working one shift. */
export interface Agent {
  name: string;
  email: string;
  team: TeamKey;
  /** Shift start and end, local hours; an end below the start wraps past midnight. */
  shift: readonly [number, number];
}

/** The three teams. */
export const TEAMS: readonly Team[] = [
  { key: 'orders', name: 'Order Care 物流订单组', optionId: '10040' },
  { key: 'aftersales', name: 'After-sales 售后组', optionId: '10041' },
  { key: 'product', name: 'Product & Tech 产品技术组', optionId: '10042' },
];

/** Twelve agents; nights are covered by one person (夜间客服1人), as in the seed case. */
export const AGENTS: readonly Agent[] = [
  { name: '王芳 Wang Fang', email: 'wang.fang', team: 'orders', shift: [9, 18] },
  { name: '李娜 Li Na', email: 'li.na', team: 'orders', shift: [9, 18] },
  { name: '小丽 Xiao Li', email: 'xiao.li', team: 'orders', shift: [14, 23] },
  { name: '赵磊 Zhao Lei', email: 'zhao.lei', team: 'orders', shift: [23, 8] },
  { name: '刘洋 Liu Yang', email: 'liu.yang', team: 'aftersales', shift: [9, 18] },
  { name: '陈静 Chen Jing', email: 'chen.jing', team: 'aftersales', shift: [9, 18] },
  { name: '杨帆 Yang Fan', email: 'yang.fan', team: 'aftersales', shift: [10, 19] },
  { name: '黄敏 Huang Min', email: 'huang.min', team: 'aftersales', shift: [13, 22] },
  { name: '周杰 Zhou Jie', email: 'zhou.jie', team: 'product', shift: [9, 18] },
  { name: '吴婷 Wu Ting', email: 'wu.ting', team: 'product', shift: [9, 18] },
  { name: '张工 Zhang Gong', email: 'zhang.gong', team: 'product', shift: [10, 19] },
  { name: '孙悦 Sun Yue', email: 'sun.yue', team: 'product', shift: [13, 22] },
];

/** True when the agent's shift covers the local hour. */
export function onShift(agent: Agent, hour: number): boolean {
  const [start, end] = agent.shift;
  return start < end ? hour >= start && hour < end : hour >= start || hour < end;
}

/** Indexes of agents on shift at a local hour, preferring the team; falls back to anyone on shift, then the team. */
export function agentsAvailable(team: TeamKey, hour: number): number[] {
  const inTeam: number[] = [];
  const anyone: number[] = [];
  AGENTS.forEach((agent, i) => {
    if (!onShift(agent, hour)) return;
    anyone.push(i);
    if (agent.team === team) inTeam.push(i);
  });
  if (inTeam.length > 0) return inTeam;
  if (anyone.length > 0) return anyone;
  return AGENTS.flatMap((agent, i) => (agent.team === team ? [i] : []));
}
