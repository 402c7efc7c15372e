import { days, parseMinorRows } from './minor-rows.ts';
import type { MinorClass } from './taxonomy.types.ts';

/**
 * 事件 classes of social governance, majors 11–17, as the grid workers of the seed platform report them.
 * 12001 堵塞疏散通道 is a fire hazard inside a building (stairwells, exits, corridors) and goes to the fire
 * inspectors; 09012 占用消防通道 is a vehicle or goods on the fire lane outside and goes to 城管 or traffic police.
 */
const rows = parseMinorRows('event', [
  // 11 治安防范
  '11001|可疑人员|Suspicious person|urgent|2h|可疑,陌生人,鬼鬼祟祟,徘徊,踩点,可疑人员,盯着,不明身份',
  '11002|盗窃隐患|Theft risk|general|1d|被偷,小偷,盗窃,防盗,门禁坏,撬门,撬锁,防盗门坏',
  '11003|出租屋治安隐患|Rental-housing security risk|general|3d|出租屋,群租,没登记,租客,流动人口,隔间出租,住了很多人,人员复杂,未登记',
  '11004|涉黄赌毒线索|Gambling, drugs or prostitution lead|urgent|1d|赌博,赌场,吸毒,卖淫,色情,老虎机,赌钱,聚众赌博,足浴,针头',
  '11005|打架斗殴|Fight|critical|1h|打架,斗殴,打人,持刀,动手,打起来,受伤,围殴',
  // 12 消防安全
  '12001|堵塞疏散通道|Blocked evacuation route|urgent|4h|楼梯间,安全出口,疏散通道,逃生通道,走廊堆放,锁死,楼梯间堆,安全出口锁,逃生通道堵,疏散楼梯,走廊堆杂物',
  '12002|电动车违规充电|E-bike charged indoors|urgent|4h|飞线充电,楼道充电,电动车充电,拉线充电,推上楼,飞线,电动车上楼,拉电线充电,电瓶车充电',
  '12003|消防设施损坏|Damaged fire equipment|general|2d|灭火器,消防设施,应急灯,烟感,喷淋,消防箱,灭火器过期,消防栓箱,水带|01008',
  '12004|三合一场所住人|People living in a workshop, shop or store|urgent|1d|三合一,住人,阁楼住,仓库住,店里睡,阁楼,仓库住人,店里住人,作坊住人',
  '12005|私拉乱接电线|Unsafe wiring|urgent|4h|乱接电线,私拉电线,电线老化,拖线板,插排,漏电,电线乱接,冒火花,跳闸',
  // 13 矛盾纠纷
  '13001|邻里纠纷|Neighbour dispute|general|5d|邻居,邻里,楼上楼下,对门,吵架,楼上,矛盾,调解,漏水到',
  '13002|物业纠纷|Dispute with property management|general|5d|物业,物业费,管理处,业委会,小区管理,物业不管,停车费',
  '13003|家庭婚姻纠纷|Family or marriage dispute|general|5d|老公,老婆,离婚,家暴,赡养,婆媳,夫妻,吵架打人',
  '13004|房屋租赁纠纷|Tenancy dispute|general|5d|房东,押金,租房,退租,租金,中介,房租,租客',
  '13005|消费纠纷|Consumer dispute|general|5d|退款,商家,消费,办卡,预付卡,不退钱,退卡,商家不退,会员卡',
  '13006|群体性矛盾|Group grievance|critical|4h|聚集,群体,维权,堵门,上访,集体,拉横幅',
  // 14 安全生产
  '14001|危险化学品隐患|Hazardous chemicals|critical|2h|化学品,危化品,天那水,易燃易爆,汽油,油漆桶,危险化学品,油漆,易燃',
  '14002|燃气使用隐患|Gas-use hazard|critical|2h|煤气,液化气,燃气,气罐,漏气,煤气味,瓶装气,煤气罐,液化气罐,燃气管',
  '14003|电梯安全隐患|Lift hazard|urgent|2h|电梯,困人,关人,电梯坏,扶梯,电梯困人,电梯故障,电梯年检',
  '14004|企业生产安全隐患|Workplace safety hazard|urgent|1d|工厂,车间,安全隐患,违规操作,防护,机器,生产安全,机器无防护,冲床,防护用品',
  '14005|房屋安全隐患|Unsafe building|urgent|4h|危房,外墙,瓷砖掉,墙体开裂,墙皮,倾斜,外墙脱落,墙体裂缝,楼体倾斜',
  // 15 生态环境
  '15001|废气污染|Air pollution from premises|general|3d|废气,臭味,刺鼻,烟囱,黑烟,气味,异味',
  '15002|水体污染|Water pollution|urgent|1d|排污,偷排,河水发黑,黑臭,污水排进河,排进河',
  '15003|工业噪声|Industrial noise|general|3d|工厂噪音,机器声,厂房,冲压,风机,轰鸣,机器噪音,厂房噪音,鼓风机,生产噪声',
  '15004|固体废物违规处置|Industrial waste dumped|general|3d|工业垃圾,危废,边角料,废渣,陶瓷废料,工业废料,边角废料',
  // 16 食品药品安全
  '16001|无证餐饮|Unlicensed eatery|general|3d|无证,没有牌照,无牌,黑作坊,家庭作坊,私房菜,无证经营,没有营业执照,没有证照',
  '16002|过期变质食品|Expired or spoiled food|urgent|1d|过期,变质,发霉,生产日期,临期,过期食品,变质食品',
  '16003|餐饮卫生问题|Unhygienic eatery|general|2d|后厨,不卫生,吃坏,异物,吃出,拉肚子,后厨脏,餐具',
  '16004|违规售药|Unlawful sale of medicine|general|3d|药店,处方药,假药,卖药,保健品,药品,卖假药',
  // 17 劳动保障
  '17001|拖欠工资|Unpaid wages|general|5d|工资,欠薪,拖欠,老板跑路,不发工资,讨薪,工钱,拖欠工资,包工头',
  '17002|未签劳动合同|No labour contract|general|5d|劳动合同,没签合同,试用期,合同,不签合同,书面合同',
  '17003|未缴社会保险|Social insurance not paid|general|10d|社保,没买社保,五险,公积金,断缴,没交社保,五险一金,缴纳社会保险',
  '17004|违法使用童工|Child labour|urgent|1d|童工,未成年,小孩做工,初中生,未成年人,十几岁,小孩干活',
  '17005|违法辞退|Unlawful dismissal|general|5d|辞退,开除,炒鱿鱼,经济补偿,裁员,解雇,补偿',
]);

/** Wage arrears that threaten a protest (many workers, before the Spring Festival) are paid out faster. */
const SEVERITY_LIMITS: Record<string, MinorClass['severityLimits']> = {
  '17001': { urgent: { dispose: days(2) }, critical: { dispose: days(1) } },
};

export const SOCIAL_MINORS: MinorClass[] = rows.map((minor) => {
  const severityLimits = SEVERITY_LIMITS[minor.code];
  return severityLimits ? { ...minor, severityLimits } : minor;
});
