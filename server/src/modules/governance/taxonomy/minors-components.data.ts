import { parseMinorRows } from './minor-rows.ts';

/**
 * 部件 classes, majors 01–05. The names double as component classes: a component registered with class 01001 is
 * a 上水井盖. The 处置 limit is the time to make the component safe or working again; a missing manhole cover,
 * a broken signal or a leaking hydrant is 紧急 because someone can be hurt before the next working day.
 */
export const COMPONENT_MINORS = parseMinorRows('component', [
  // 01 市政公用设施
  '01001|上水井盖|Water-supply manhole cover|urgent|4h|自来水井盖,给水井盖,水表井盖,阀门井,供水井盖,水表井',
  '01002|污水井盖|Sewage manhole cover|urgent|4h|污水井盖,污水井,化粪池盖,排污井盖,粪井,下水井盖,排污井',
  '01003|雨水井盖|Storm-drain manhole cover|urgent|4h|雨水井盖,雨水井,排水井盖,下水道井盖,雨水口,排水井',
  '01004|电力井盖|Power-cable manhole cover|urgent|4h|电力井盖,供电井盖,电缆井,电力检修井,电力检修井盖,电缆沟盖板,写着电力',
  '01005|通信井盖|Telecom manhole cover|urgent|4h|通信井盖,电信井盖,移动井盖,联通井盖,光缆井,光缆,电信,联通,移动公司,通信检查井',
  '01006|雨水篦子|Storm-drain grate|general|2d|雨水篦子,雨水箅子,篦子,沟盖板,排水沟盖,水篦,排水沟盖板,沟盖,卡轮子',
  '01007|路灯|Street light|general|2d|路灯,路灯不亮,灯杆,灯不亮,黑灯,灯罩,灯坏了,路灯杆,灯头,晚上很黑,黑漆漆',
  '01008|消防栓|Fire hydrant|urgent|4h|消防栓,消火栓,消防龙头,消防栓漏水,消防栓被撞,出水口',
  '01009|变压器箱|Transformer and distribution box|urgent|4h|变压器,配电箱,电箱,箱变,电表箱,配电柜,电房,电箱门,嗡嗡响',
  '01010|电线杆|Utility pole and overhead line|urgent|4h|电线杆,电杆,通信杆,线缆下垂,电线掉下来,杆子歪,线缆,电线垂,杆子倾斜,电线杆歪',
  '01011|供水管道|Water main|urgent|4h|水管爆裂,爆管,水管漏水,自来水管,跑水,停水,冒水,地面渗水,自来水,水管破',
  // 02 交通设施
  '02001|公交站亭|Bus shelter|general|3d|公交站,公交车站,候车亭,站台,公交站牌,候车亭玻璃,站亭,顶棚',
  '02002|交通信号灯|Traffic signal|urgent|4h|红绿灯,信号灯,交通灯,红灯,绿灯,人行灯,信号灯不亮,红绿灯坏,黄灯,红绿灯故障',
  '02003|交通标志牌|Traffic sign|general|3d|交通标志,标志牌,指示牌,限速牌,禁停标志,导向牌,指路牌,路标,交通指示,标志倒',
  '02004|交通护栏|Traffic guardrail|general|2d|护栏,栏杆,隔离栏,中间护栏,防撞栏,马路栏杆,护栏倒,隔离护栏,道路护栏,栏杆断',
  '02005|停车泊位|Parking bay|general|3d|停车位,车位,泊位,停车线,咪表,停车收费,停车位线,收费桩,停车咪表,划线',
  '02006|减速带|Speed bump|general|3d|减速带,减速垄,减速坎,减速板,减速带坏,减速带松',
  '02007|人行天桥|Footbridge and underpass|general|3d|天桥,人行天桥,地下通道,过街通道,天桥台阶,过街天桥,地下通道灯,天桥扶手',
  '02008|阻车桩|Bollard|general|3d|阻车桩,隔离桩,石墩,路桩,挡车桩,挡车石,石球,铁桩,路障桩',
  // 03 市容环卫设施
  '03001|公共厕所|Public toilet|general|1d|公厕,公共厕所,厕所,洗手间,卫生间,厕所门,冲水,洗手盆,厕所坏',
  '03002|垃圾箱|Garbage bin|general|1d|垃圾桶,垃圾箱,大垃圾桶,桶盖,垃圾桶坏,垃圾桶盖,垃圾桶坏了,垃圾桶缺,桶坏',
  '03003|果皮箱|Litter bin|general|2d|果皮箱,果皮桶,废物箱,路边垃圾桶,小垃圾桶,果皮箱坏,垃圾筒,路边小桶',
  '03004|垃圾收集站|Refuse collection point|general|2d|垃圾站,垃圾房,垃圾屋,中转站,收集点,转运站,垃圾收集点,垃圾房门,垃圾站门,垃圾池',
  '03005|公共座椅|Public bench|general|3d|座椅,长椅,椅子,石凳,凳子,休息椅,长凳,休息座椅,木椅',
  // 04 园林绿化设施
  '04001|古树名木|Heritage tree|urgent|4h|古树,老榕树,名木,百年老树,古树挂牌,古树名木,老树,百年榕树,大榕树',
  '04002|行道树|Street tree|general|2d|行道树,树枝,树木,大树,树倒,断枝,枯树,树倒了,树枝断,修剪树枝,树歪,枯死',
  '04003|绿地|Green space|general|3d|绿地,草坪,草地,绿化带,黄土裸露,植被,草皮,绿化带枯,裸土,补种,踩秃',
  '04004|花坛|Flower bed|general|3d|花坛,花池,花箱,花基,花槽,花坛破,花都死了,花池破',
  '04005|绿化护栏|Green-space fence|general|3d|绿化护栏,草坪护栏,绿地围栏,花坛栏杆,绿地护栏,草坪栏杆,绿化栏杆,围栏',
  '04006|绿化喷灌设施|Irrigation equipment|general|1d|喷灌,浇水管,喷头,绿化水管,洒水喷头,滴灌,绿化带水管,喷水,喷灌漏水,浇灌',
  // 05 其他设施: 房屋土地 and the public fittings that belong to no network above
  '05001|宣传栏|Notice board|general|3d|宣传栏,公告栏,橱窗,宣传牌,阅报栏,宣传栏破,公示栏,信息栏,报栏',
  '05002|人防工事|Civil air-defence shelter|general|3d|人防,防空洞,人防工程,地下人防,防空设施,人防门,防空洞门,人防出入口',
  '05003|健身器材|Fitness equipment|general|3d|健身器材,健身路径,单杠,漫步机,扭腰器,运动器械,健身设施,单杠坏,健身器坏,运动设施',
  '05004|路名牌|Street-name and house-number sign|general|3d|路名牌,路牌,门牌,地名牌,楼牌,街牌,路名,楼栋牌,门牌号',
]);
