import type { PickedComponentReport } from '../classify.types.ts';

/**
 * Part of the project's own labelled set (see labelled-reports.ts): reports sent with a component picked on the
 * map, as grid workers send them from the 巡查 app and citizens from the map in the mini-program. Often the text
 * names only the kind of object (井盖, 垃圾桶, 护栏) and the picked component says which one; sometimes the text
 * is about something else near it (refuse around a bin, noise beside it) and the text must win. Never used to
 * train: the bench and the tests classify them with and without the component.
 */
const picked = (
  componentClass: string,
  reports: Array<[code: string, text: string]>,
): PickedComponentReport[] => reports.map(([code, text]) => ({ text, code, componentClass }));

export const PICKED_COMPONENT_REPORTS: readonly PickedComponentReport[] = [
  // 井盖: the text rarely says which network a cover belongs to
  ...picked('01001', [
    ['01001', '门口的井盖一踩就晃，老人家走路要绕开'],
    ['01001', '井盖盖不严，中间一条大缝，高跟鞋都卡进去了'],
    ['01001', '巡查发现：井盖缺失，井口已用雪糕筒围蔽'],
  ]),
  ...picked('01002', [
    ['01002', '楼下那个井盖缺了一个角，晚上看不清很容易踩空'],
    ['01002', '巡查发现：井盖下沉约五厘米，车辆经过颠簸明显'],
    ['01002', '井盖被人偷了，洞口就这么敞着，谁来管一下'],
    ['06020', '井里的脏水一直往外冒，流了半条街，臭得要命'],
  ]),
  ...picked('01003', [
    ['01003', '巡查发现：人行道井盖松动，踩上去会翘起来'],
    ['01003', '学校门口的井盖被大货车压裂了，小孩上学都从这走'],
    ['01003', '下了一夜大雨，这个井盖被冲到旁边去了'],
    ['06021', '一下雨这个路口就水浸，水都没过脚踝了'],
    ['08014', '旁边工地的泥浆全冲进这个井里，把井口堵死了'],
  ]),
  ...picked('01004', [
    ['01004', '井盖不见了，有人拿两个纸皮箱盖着，太危险了'],
    ['01004', '巡查发现：人行道井盖破损，已摆放警示牌'],
    ['01004', '这块井盖车一压就哐哐响，半夜特别吵'],
    ['08009', '挖掘机施工把地下的电缆挖断了，整条街都停电'],
  ]),
  ...picked('01005', [
    ['01005', '路边这个井盖翘起来一边，电动车压过去差点翻车'],
    ['01005', '巡查发现：井盖与路面高差明显，需要重新安装'],
    ['01005', '井盖碎成几块掉到井里去了'],
  ]),
  // 垃圾桶: a 垃圾箱 and a 果皮箱 are both 垃圾桶 to whoever writes the report
  ...picked('03002', [
    ['03002', '小区门口的大垃圾桶盖子不见了，一股味'],
    ['03002', '垃圾桶的轮子坏了一个，环卫阿姨推不动'],
    ['06010', '垃圾桶旁边的垃圾堆成了小山，苍蝇到处飞'],
    ['08001', '晚上十二点了旁边工地还在施工，机器轰轰响，吵得人睡不着'],
    ['06026', '垃圾桶里厨余和其他垃圾全混在一起，分类根本没人管'],
  ]),
  ...picked('03003', [
    ['03003', '路边这个垃圾桶被人踢烂了，底都掉了'],
    ['03003', '巡查发现：人行道垃圾桶桶身破损'],
    ['03003', '公交站旁边的垃圾桶歪倒在地上好几天了'],
    ['06010', '桶早就满了也没人来清，垃圾散了一地'],
  ]),
  // 护栏: a 交通护栏 and a 绿化护栏 are both 护栏 or 栏杆
  ...picked('02004', [
    ['02004', '路中间的护栏被撞断了，有车直接从缺口掉头'],
    ['02004', '巡查发现：护栏倾斜约两米，存在安全隐患'],
  ]),
  ...picked('04005', [
    ['04005', '公园边上的护栏被车撞弯了一大段'],
    ['04005', '巡查发现：护栏缺失约三米'],
    ['04005', '栏杆倒了好几节，一直没人扶起来'],
  ]),
  // components with no sibling: the text decides between the component and the events near it
  ...picked('01007', [
    ['01007', '这盏灯一到晚上就一闪一闪的'],
    ['09006', '每天晚上都有人在这底下摆摊卖炒粉，占了半条人行道'],
  ]),
  ...picked('01008', [['01008', '消防栓在漏水，地上湿了一大片']]),
  ...picked('01009', [
    ['01009', '这个电箱的门一直开着，里面的线都露出来了'],
    ['06014', '电箱上被人用红油漆写了一堆字'],
  ]),
  ...picked('01010', [['07001', '电线杆上贴满了疏通下水道的小广告']]),
  ...picked('02001', [['02001', '候车亭的玻璃碎了一地，等车的人都不敢靠近']]),
  ...picked('02005', [['06006', '这个车位上停了台旧车，两年都没动过，轮胎都瘪了']]),
  ...picked('02008', [['02008', '路口的石墩被撞歪了，半截倒在路上']]),
  ...picked('03001', [['06025', '厕所里面臭气熏天，地上全是水，好像很久没人打扫']]),
  ...picked('03005', [['03005', '公园里的长椅断了一条腿，一坐就翻']]),
  ...picked('04002', [
    ['04002', '台风过后这棵树歪了，枝头压在电线上'],
    ['06008', '有人在树上拉了根绳子晒被子'],
  ]),
  ...picked('04003', [['06023', '有人把绿化带的草铲了种葱']]),
  ...picked('05003', [['05003', '小区的健身器材转轴卡死了，老人用着容易扭到']]),
];
