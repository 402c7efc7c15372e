import { days, hours, parseMinorRows } from './minor-rows.ts';
import type { MinorClass } from './taxonomy.types.ts';

/**
 * 事件 classes of city management, majors 06–10. The last field names the component classes an event usually
 * concerns (暴露垃圾 around a 垃圾箱); the classifier favours these when the reporter picked such a component.
 * Public health: 病媒生物孳生 (mosquito, rat and fly breeding — the dengue work) sits under 06 市容环境, because
 * clearing standing water and refuse is street-cleaning work done by the streets and 城管, not a pollution case.
 */
const rows = parseMinorRows('event', [
  // 06 市容环境
  '06001|私搭乱建|Unauthorised shed or enclosure|general|5d|搭棚,乱搭,铁皮房,违建,搭建,雨棚,围起来,铁皮棚,搭建棚子,违章搭建,彩钢板,乱搭建',
  '06002|积存垃圾渣土|Accumulated refuse and spoil|general|2d|渣土,垃圾堆,堆了很久,积存,泥头,余泥,渣土堆,垃圾山,堆积,长期堆放,泥土堆',
  '06003|道路不洁|Dirty road surface|general|1d|路面脏,油污,泥巴,没人扫,清扫,脏兮兮,不干净,路面油污,路面泥,路面不干净,没清扫,路面污渍',
  '06004|水域不洁|Dirty waterway|general|2d|河涌,河面,漂浮物,水面垃圾,湖面,水葫芦,河道垃圾,河面垃圾,水面漂,漂着',
  '06005|绿地脏乱|Littered green space|general|1d|绿化带垃圾,草地垃圾,绿地脏,花丛里,树下垃圾,绿化带里垃圾,草地上垃圾,草坪垃圾,绿化带脏,花丛垃圾|04003,04004',
  '06006|废弃车辆|Abandoned vehicle|general|5d|僵尸车,废弃车,长期停放,落满灰,报废车,烂车,无牌车,旧车,生锈,停了很久,几年没动|02005',
  '06007|废弃家具设备|Discarded furniture and appliances|general|2d|旧沙发,床垫,旧家具,大件垃圾,旧衣柜,废旧家电,旧床,破沙发,旧冰箱,废弃家具,大件',
  '06008|非装饰性树挂|Things hung on trees|general|1d|树上晾,树上挂,绑在树上,晾衣绳,挂在树,树上晾衣,树上绑,树上挂东西,拉绳子|04002',
  '06009|违规露天烧烤|Open-air barbecue|general|4h|烧烤,烤串,烧烤摊,炭烤,露天烧烤,撸串,烧烤档,炭炉,烤鱼,烤生蚝,夜宵烧烤,烧烤烟',
  '06010|暴露垃圾|Exposed refuse|general|1d|垃圾,乱丢垃圾,垃圾袋,没人清理,乱扔,臭气,生活垃圾,垃圾乱扔,垃圾没人收,垃圾散落,一地垃圾,垃圾发臭|03002,03003,03004',
  '06011|建筑垃圾乱倒|Dumped construction waste|general|1d|建筑垃圾,装修垃圾,砖头,偷倒,碎砖,瓷砖碎,砖块,水泥块,偷倒建筑垃圾,装修废料',
  '06012|油烟污染|Cooking-fume nuisance|general|3d|油烟,油烟机,排烟,烟味,厨房排风,呛人,油烟味,排油烟,油烟直排,厨房油烟,熏得',
  '06013|道路破损|Damaged road|general|3d|坑洼,坑,路面破,烂路,裂缝,人行道砖,地砖松动,路面破损,坑坑洼洼,路烂了,地砖,盲道砖,路面开裂',
  '06014|乱涂乱画|Graffiti|general|3d|涂鸦,乱画,乱写,喷漆,刻画,乱涂,油漆写,图案,涂写|01009,05001,02001',
  '06015|露天焚烧|Open burning|urgent|2h|焚烧,烧垃圾,烧东西,烧树叶,浓烟,烧电线,焚烧垃圾,烧轮胎,冒黑烟,烧秸秆',
  '06016|沿街晾挂|Laundry hung along the street|general|1d|晾衣服,晾晒,晒被子,挂衣服,晾在栏杆,沿街晾晒,晒衣服,晾被子,晾床单,挂在护栏|02004',
  '06017|动物尸体|Dead animal|general|4h|死猫,死狗,死老鼠,动物尸体,死鸟,尸体,死鸡,死动物,被撞死,尸体发臭',
  '06018|餐厨垃圾乱倒|Dumped kitchen waste|general|1d|泔水,潲水,餐厨垃圾,剩饭剩菜,地沟油,厨余,潲水桶,倒泔水,剩菜,厨余垃圾,油水',
  '06019|高空抛物|Objects thrown from height|urgent|4h|高空抛物,楼上扔,往下扔,高处丢,窗口扔,扔东西,扔下来,往楼下扔,砸到,坠物',
  '06020|污水外溢|Sewage overflow|urgent|4h|污水,冒污水,下水道堵,化粪池,反水,臭水,污水冒,污水漫,粪水,下水道反水,化粪池满|01002',
  '06021|道路积水|Standing water on road|urgent|4h|积水,水浸,水淹,水浸街,排不出,内涝,雨后积水,积水很深,淹水|01003,01006',
  '06022|违规饲养家禽|Poultry or livestock kept in town|general|3d|养鸡,养鸭,鸡鸭,养鸽子,家禽,养猪,养鹅,鸡叫,圈养,养鸡鸭',
  '06023|毁绿种菜|Vegetables planted on public green|general|3d|种菜,开荒,菜地,毁绿,占绿地,种葱,菜园,开荒种,挖草地种|04003,04004',
  '06024|病媒生物孳生|Breeding mosquitoes, rats or flies|general|1d|蚊子,老鼠,苍蝇,蟑螂,孑孓,登革热,积水容器,蚊虫,灭蚊,老鼠多,苍蝇多,积水滋生,蚊子幼虫',
  '06025|公厕保洁不到位|Unclean public toilet|general|4h|厕所臭,公厕脏,厕所很脏,没纸,冲不了,保洁,厕所脏,公厕没纸,厕所没人打扫,尿|03001',
  '06026|垃圾分类不规范|Refuse not sorted|general|2d|垃圾分类,混投,分类投放,厨余垃圾桶,可回收,分类桶,分类,没分类,混在一起,厨余和其他|03002,03004',
  '06027|路面塌陷|Road subsidence|critical|2h|塌陷,下陷,塌了,地陷,沉降,陷下去,地面塌陷,路塌,大洞,突然陷',
  '06028|噪声扰民|Noise nuisance|general|1d|噪音,吵,广场舞,音响,喇叭,扰民,太吵,噪音扰民,声音很大,唱歌,音乐声,大声,喧哗',
  // 07 宣传广告
  '07001|非法小广告|Illegal small ads|general|1d|小广告,牛皮癣,办证,贴纸,喷涂电话,通渠广告,贷款广告,牛皮癣广告,开锁广告,通下水道,手机号,小卡片,贴小广告|01009,01010,02001,05001',
  '07002|违章张贴|Unauthorised posters|general|2d|张贴,海报,招租,启事,乱贴,告示,贴海报,招聘启事,寻人启事,墙上乱贴,贴满|01010,05001',
  '07003|占道广告牌|Sidewalk advertising board|general|1d|广告牌,a字牌,立牌,易拉宝,落地广告,广告立牌,摆广告牌,展架,挡路的牌子',
  '07004|违规悬挂横幅|Unauthorised banner|general|1d|横幅,条幅,彩旗,拉横幅,挂横幅,红色条幅,宣传横幅,挂旗',
  '07005|招牌广告破损|Damaged shop sign|urgent|4h|招牌,广告牌松动,招牌掉,灯箱,字掉了,摇摇欲坠,招牌松动,招牌破,广告牌歪,招牌字,坠落',
  '07006|违规户外广告|Unapproved outdoor advertising|general|5d|户外广告,楼顶广告,大屏,led屏,电子屏,广告塔,大型广告,广告屏,led大屏,广告布,楼体广告',
  '07007|派发传单|Flyers handed out|general|1d|派传单,发传单,传单,宣传单,塞卡片,派发,塞传单,发卡片,宣传单页',
  // 08 施工管理
  '08001|施工扰民|Construction noise|urgent|4h|施工,工地,打桩,晚上施工,半夜施工,钻地,工地噪音,施工噪音,夜间施工,打桩机,挖掘机,机器轰鸣',
  '08002|施工废弃料|Construction leftovers|general|3d|施工材料,废料,钢筋,水泥袋,工地废料,剩下的材料,施工剩料,建筑材料,钢管,木板,遗留',
  '08003|道路遗撒|Spillage on road|urgent|4h|遗撒,撒了一路,掉了一路,泥沙,石子撒,沿路撒,撒落,掉泥,沙子,泥土撒',
  '08004|施工占道|Road occupied by works|general|3d|施工占道,占了半边路,围起来施工,材料堆在路上,占用车道,堆在路上,施工占用,施工围蔽',
  '08005|工地扬尘|Construction dust|general|3d|扬尘,灰尘,粉尘,尘土飞扬,灰很大,没有洒水,灰尘大,扬尘污染,洒水降尘,盖网,尘土',
  '08006|施工围挡破损|Damaged site hoarding|general|3d|围挡,围蔽,挡板,铁皮围挡,围墙倒,围挡倒,围挡破,围挡缺口,工地围墙',
  '08007|工地泥浆外排|Mud discharged from site|general|3d|泥浆,泥水,排泥,黄泥水,泥浆水,排泥浆,泥水排放,黄泥',
  '08008|擅自挖掘道路|Unauthorised road excavation|general|3d|挖路,开挖,私挖,挖马路,挖沟,刨路,挖开,未经许可开挖,挖人行道,刨开',
  '08009|施工损坏管线|Utilities damaged by works|urgent|4h|挖断,挖爆,挖坏,损坏管线,电缆挖断,水管挖爆,挖断水管,挖断电缆,挖爆水管,挖断光缆,断水断电|01011,01004,01005',
  '08010|施工安全隐患|Unsafe construction site|urgent|4h|脚手架,塔吊,基坑,高空作业,安全帽,吊机,防护栏,安全网,吊装,安全带',
  '08011|违规装修|Unlawful renovation|general|5d|承重墙,砸墙,拆墙,改结构,加建阁楼,改动结构,拆承重墙,敲墙,打通墙,拆除结构,敲柱子',
  '08012|施工后路面未恢复|Road not restored after works|general|5d|没恢复,没回填,没修复,挖完,填平,路面恢复,未恢复,回填,路面没修,铺回去',
  '08013|工地车辆带泥上路|Muddy site vehicles|general|1d|带泥,车轮泥,洗车槽,冲洗,出入口泥,轮胎泥,车辆冲洗,带泥上路,出口泥',
  '08014|施工堵塞排水|Drains blocked by works|urgent|4h|堵塞排水,堵住下水道,排水不畅,水泥堵,堵了渠,堵塞下水道,堵了排水,排水沟填,水泥浆堵|01003,01006',
  '08015|渣土车违规运输|Unlawful spoil trucks|general|1d|渣土车,泥头车,没盖,超载,篷布,没盖篷布,未密闭,车斗,运渣土',
  '08016|无证建设|Building without permit|general|15d|违章建筑,违法建设,加建,加层,没有许可证,偷偷建,起楼,违建,加盖,未批先建,盖房子,违法建筑',
  // 09 街面秩序
  '09001|无照游商|Unlicensed street peddler|general|4h|流动摊贩,走鬼,推车卖,三轮车卖,游商,小贩,流动小贩,推车,流动卖,走街串巷,叫卖',
  '09002|店外经营|Trading outside the shop|general|1d|店外经营,出店,门口摆,超出门面,摆到门口,店铺门前,门口摆货,店门口,出店摆卖,摆到店外,门口桌椅',
  '09003|流浪乞讨|Vagrancy and begging|general|4h|乞讨,流浪,讨钱,露宿,流浪汉,要钱,流浪人员,乞丐,睡在路边,露宿街头',
  '09004|占道废品收购|Scrap collection on the street|general|1d|废品,收破烂,纸皮,收废品,回收站,收购废品,废品站,旧铁,收旧货',
  '09005|非机动车乱停放|Badly parked bikes and e-bikes|general|4h|电动车乱停,电瓶车,摩托车乱停,电动车,摩托车,自行车,电瓶车乱停,乱停电动车',
  '09006|占道经营|Street stall|general|4h|摆摊,地摊,摊档,占道经营,摊位,夜市,摆卖,占道摆卖,摊贩,摆地摊,卖菜,乱摆摊',
  '09007|占道洗车修车|Car washing or repair on the street|general|1d|洗车,修车,汽修,补胎,修摩托,洗车店,汽修店,占道修车',
  '09008|黑车揽客|Unlicensed taxis touting|general|4h|黑车,拉客,揽客,摩的,非法营运,黑的,私家车拉客,非法载客',
  '09009|机动车乱停放|Illegally parked car|general|4h|乱停车,违停,乱停,小汽车,停在人行道,堵路,违章停车,停车挡路,车停在,堵住路,占道停车|02005',
  '09010|占道堆物|Goods piled on the street|general|1d|堆放,杂物,堆物,占道堆放,堆满,货物,乱堆,堆东西,货物堆,杂物堆,占道堆',
  '09011|共享单车乱象|Shared-bike clutter|general|4h|共享单车,小黄车,美团单车,哈啰,青桔,单车堆,单车,哈啰单车,共享车,单车乱停',
  '09012|占用消防通道|Fire lane occupied|urgent|2h|消防通道,消防车道,占用消防,堵住消防车,消防通道被占,消防车进不来,堵消防,消防车道停车|01008',
  '09013|私设地锁路障|Private parking locks and barriers|general|1d|地锁,车位锁,路障,雪糕筒,私设,占车位,私装地锁,占位,圈车位',
  // 10 其他
  '10001|不文明养犬|Uncivil dog keeping|general|1d|狗,遛狗,狗屎,狗粪,没拴绳,大型犬,狗叫,遛狗不拴绳,狗咬人,狗乱叫,犬只',
  '10002|违规燃放烟花爆竹|Fireworks set off unlawfully|urgent|2h|烟花,鞭炮,炮仗,放炮,爆竹,放烟花,燃放,鞭炮声,开业放炮',
  '10003|自然灾害险情|Natural-hazard danger|critical|2h|台风,山体,滑坡,暴雨,险情,倒塌,挡土墙,河堤,围墙倒塌',
  '10004|其他城市管理问题|Other urban-management problem|general|3d|其他,城市管理,建议,咨询,投诉电话,希望增加,城管电话',
]);

/**
 * Where escalating a report does not fit the general rule of severity-limits.ts: a dangerous pothole is filled
 * or fenced within hours, building works without a permit are stopped within a day (demolition comes later).
 */
const SEVERITY_LIMITS: Record<string, MinorClass['severityLimits']> = {
  '06013': { urgent: { dispose: hours(4) }, critical: { dispose: hours(2) } },
  '08016': { urgent: { dispose: days(1) } },
};

export const CITY_EVENT_MINORS: MinorClass[] = rows.map((minor) => {
  const severityLimits = SEVERITY_LIMITS[minor.code];
  return severityLimits ? { ...minor, severityLimits } : minor;
});
