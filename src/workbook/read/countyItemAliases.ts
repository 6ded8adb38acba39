/**
 * How a county figures sheet (项目 | 数值) names each profile county item and veto item
 * (codes: national-2017.json `countyItems` keys and `vetoItems` codes). Each alias is a list of
 * fragments that must all appear in the normalised item text (normaliseText); a fragment starting
 * with `!` must not appear. The item whose matching alias has the most characters wins; writing
 * the code itself (`G8_pay_ratio`) always matches.
 */
export const COUNTY_ITEM_ALIASES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  // 布局规划 is 规划布局 the other way round.
  G1_layout: [["规划布局"], ["布局", "合理"], ["布局", "规划"]],
  G2_four_unified: [["四统一"], ["城乡", "统一"]],
  G3_rooms: [["音乐", "美术", "教室"], ["音乐", "美术", "专用"], ["功能教室"]],
  G4_school_size: [["学校规模"], ["办学规模"], ["规模", "不超过"]],
  // The official sentence (小学、初中所有班级学生数分别不超过45人、50人) names 班级 and 学生数, not 班额, with its caps
  // (不超过, 分别, 45人); G4's names 规模. 班级平均学生数 is an average, no verdict on the caps: unknown.
  G5_class_size: [["班额"], ["班级", "学生数", "不超过", "!规模", "!平均"], ["班级", "学生数", "分别", "!规模", "!平均"], ["班级", "45人", "!规模", "!平均"], ["班级", "不超过", "!规模", "!平均"]],
  G6_small_school_funding: [["不足100", "公用经费"], ["小规模", "公用经费"], ["100名", "核定"], ["教学点", "公用经费", "!特殊"]],
  G7_special_primary: [["特殊教育", "小学"], ["特教", "小学"]],
  G7_special_junior: [["特殊教育", "初中"], ["特教", "初中"]],
  // A ratio names 比 (之比, 比例, 与…之比); 教师年平均工资（元） is an amount of pay, not the ratio (payAmounts.ts).
  G8_pay_ratio: [["工资", "公务员", "比", "!元"], ["工资收入", "不低于"], ["教师", "工资", "比", "!元"]],
  // 培训完成率 alone is the 360-hour training's (no other item counts training done); 培训经费 is Q4's.
  G9_training_rate: [["360学时"], ["5年", "培训", "完成"], ["五年", "培训", "完成"], ["培训", "完成", "!经费"]],
  G10_staffing: [["编制", "统筹"], ["县管校聘"], ["编制", "分配"], ["教师编制", "!有编不补", "!编外"]],
  // 轮岗比例 / 轮岗率 alone: teachers' (rules.md §4 item 11); a principals' rate is not it.
  G11_rotation_rate: [["交流轮岗", "!骨干"], ["交流", "轮岗", "!骨干"], ["教师", "交流", "比例", "!骨干"], ["轮岗", "!骨干", "!校长"]],
  G11_backbone_rotation: [["骨干", "交流轮岗"], ["骨干", "交流"], ["骨干", "轮岗"]],
  G12_certificate_rate: [["持证"], ["教师资格"]],
  G13_nearby_primary: [["就近", "小学"], ["划片", "小学"]],
  G13_nearby_junior: [["就近", "初中"], ["划片", "初中"]],
  G14_quota_share: [["名额分配"], ["指标到校"], ["优质高中", "招生"], ["定向", "分配"]],
  G15_migrant_share: [["随迁子女"], ["进城务工", "子女"]],
  G15_left_behind_care: [["留守儿童"], ["留守", "关爱"]],
  // 九年义务教育巩固率 is another rate than the junior three-year one (Q1): left unknown.
  // 初中三年巩固率（含留守儿童、随迁子女） is Q1 with its groups named: 三年巩固率 outweighs 留守儿童 (G15).
  Q1_consolidation: [["巩固率", "!九年"], ["三年巩固率", "!九年"]],
  Q2_disabled_enrolment: [["残疾", "入学率"], ["残疾儿童"], ["适龄残疾"], ["三残", "入学"]],
  Q3_charter_digital: [["章程"], ["信息化", "管理"], ["数字化", "管理"]],
  Q4_training_funds_share: [["培训经费"], ["培训", "公用经费"]],
  Q5_ict: [["信息技术"], ["信息化", "教学"]],
  Q6_moral_culture: [["德育"], ["校园文化"]],
  Q7_curriculum: [["开齐开足"], ["课程", "开设"], ["国家课程"], ["教学秩序"]],
  Q8_workload: [["课业负担"], ["作业负担"], ["学业负担"]],
  // Ⅲ级 / 三级以上 alone also names teachers' grades (三级以上骨干教师): only with no teacher in the name.
  Q9_monitoring_level: [["质量监测", "!差异"], ["学业", "水平", "!差异"], ["iii", "!教师"], ["三级以上", "!教师"], ["监测", "等级", "!差异"]],
  Q9_difference_rate: [["校际差异率"], ["差异率"]],
  R1_recognition: [["社会认可"], ["认可度"], ["满意度"]],
  V_exam_admission: [["考试", "招生"], ["考试", "入学"], ["考试方式"]],
  V_school_choice: [["择校"]],
  V_key_schools: [["重点学校"], ["重点班"], ["重点校"]],
  V_unfilled_posts: [["有编不补"], ["编外"]],
  V_safety_accident: [["安全", "事故"], ["重大", "事故"], ["违纪违规"]],
  V_falsified_data: [["弄虚作假"], ["数据造假"], ["虚假"]],
};
