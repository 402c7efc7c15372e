import type { LabelledReport } from '../classify.types.ts';

/**
 * A second, small part of the project's own labelled set, written after the model, its settings and the
 * taxonomy keywords were settled and never used to train or tune anything: the bench reports how a model
 * trained on all of LABELLED_REPORTS does on these, a check on how far the cross-validated figure carries over
 * to wording it has not seen.
 */
export const FRESH_REPORTS: readonly LabelledReport[] = [
  { text: '朝安路口那个污水井的盖子碎了，行人差点踩空', code: '01002' },
  { text: '我们楼下这几盏路灯晚上全黑了，老人出门很不方便', code: '01007' },
  { text: '季华路十字路口的红绿灯坏了，交警也不在', code: '02002' },
  { text: '巡查发现：石湾公园门口公共厕所洗手池破裂', code: '03001' },
  { text: '小区旁边那棵行道树的大树枝断了挂在半空', code: '04002' },
  { text: '路中间绿化带的草皮被挖得光秃秃的', code: '04003' },
  { text: '巷子里有户人家在门口用铁皮围了个棚当厨房', code: '06001' },
  { text: '张槎二路路边一大堆生活垃圾，好几天没人收了', code: '06010' },
  { text: '楼下新开的湘菜馆油烟呛得我们整栋楼都是味道', code: '06012' },
  { text: '人行道上的砖被压碎了一大片，坑坑洼洼', code: '06013' },
  { text: '每天晚上广场舞的音响震得窗户都响，到十点多还不停', code: '06028' },
  { text: '每次下雨这个路口都淹了，车都开不过去', code: '06021' },
  { text: '小区里的蚊子多得吓人，草丛里好多积水', code: '06024' },
  { text: '有人把一车碎砖和瓷砖倒在河边的空地上', code: '06011' },
  { text: '电梯间和楼道里又被人贴满了开锁办证的小广告', code: '07001' },
  { text: '店门口摆了个大广告牌挡在人行道正中间', code: '07003' },
  { text: '凌晨一点工地还在打桩，整个小区都被吵醒了', code: '08001' },
  { text: '运泥的货车撒了一路泥沙，路面很滑', code: '08003' },
  { text: '工地灰尘太大了，车子停一晚就是一层灰', code: '08005' },
  { text: '村里有户人家没有报建就在加盖第五层', code: '08016' },
  { text: '有个推着三轮车卖水果的小贩天天在地铁口转', code: '09001' },
  { text: '便利店把冰柜和货架都摆到门外的人行道上', code: '09002' },
  { text: '市场门口的人行道被卖菜的摊档占满了', code: '09006' },
  { text: '有辆小车整天停在人行道上，推婴儿车都过不去', code: '09009' },
  { text: '地铁站门口的共享单车堆成山，根本走不过去', code: '09011' },
  { text: '小区消防车道上天天停着私家车，真着火了怎么办', code: '09012' },
  { text: '邻居遛狗从来不牵绳，狗屎也不捡', code: '10001' },
  { text: '出租屋里的人每晚把电瓶拎回房间充电，很危险', code: '12002' },
  { text: '楼梯间被人堆满了旧家具和纸箱，逃生都成问题', code: '12001' },
  { text: '楼上邻居家的洗衣机漏水，渗到我家天花板了，说了也不管', code: '13001' },
  { text: '退房时中介和房东都不肯退押金', code: '13004' },
  { text: '楼道里一股很重的煤气味，怕是哪家管道漏了', code: '14002' },
  { text: '电梯卡在两层中间，里面有人被困', code: '14003' },
  { text: '附近厂子晚上排的废气熏得人头痛', code: '15001' },
  { text: '河涌里被排了很多黑色的污水，还有死鱼', code: '15002' },
  { text: '在那家小店买的面包已经发霉了', code: '16002' },
  { text: '我在厂里做了三个月，老板一直拖着不发工资', code: '17001' },
  { text: '公司一直不给我们交社保，问了就说下个月', code: '17003' },
  { text: '装修队把承重墙砸了一半，楼上楼下都在担心', code: '08011' },
  { text: '公园长椅坏了，木条断了好几根', code: '03005' },
];
