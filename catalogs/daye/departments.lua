-- Departments (实施主体). credit_code: GB 32100-2015, check digit computed.

department {
  code = "xingzheng",
  name = "大冶市行政审批局",
  credit_code = "11420281MB1P05180C",
  nature = "法定机关",
  address = "湖北省黄石市大冶市市民之家（大冶市城北开发区）",
  phone = "0714-8721200",
}

department {
  code = "minzheng",
  name = "大冶市民政局",
  credit_code = "11420281011037255M",
  nature = "法定机关",
  address = "大冶市东岳路民政局",
  phone = "0714-8732218",
}

department {
  code = "ziranziyuan",
  name = "大冶市自然资源和规划局",
  credit_code = "11420281MB1P11433C",
  nature = "法定机关",
  address = "大冶市新冶大道自然资源和规划局",
  phone = "0714-8752306",
}

department {
  code = "budongchan",
  name = "大冶市不动产登记中心",
  credit_code = "12420281MB1P127005",
  nature = "受委托组织",
  address = "湖北省黄石市大冶市市民之家（大冶市城北开发区）二楼不动产登记区",
  phone = "0714-8721266",
}

department {
  code = "linye",
  name = "大冶市林业局",
  credit_code = "114202810110373359",
  nature = "法定机关",
  address = "大冶市罗家桥街道林业局",
  phone = "0714-8739102",
}

department {
  code = "zhujian",
  name = "大冶市住房和城乡建设局",
  credit_code = "11420281011037415W",
  nature = "法定机关",
  address = "大冶市新冶大道住建大楼",
  phone = "0714-8731645",
}

department {
  code = "renfang",
  name = "大冶市人民防空办公室",
  credit_code = "11420281011037685F",
  nature = "法定机关",
  address = "大冶市新冶大道住建大楼五楼",
  phone = "0714-8731890",
}

department {
  code = "shichang",
  name = "大冶市市场监督管理局",
  credit_code = "11420281MB1P09835B",
  nature = "法定机关",
  address = "大冶市湛月路市场监管局",
  phone = "0714-8722315",
}

department {
  code = "renshe",
  name = "大冶市人力资源和社会保障局",
  credit_code = "114202810110377653",
  nature = "法定机关",
  address = "大冶市东风路人社大楼",
  phone = "0714-8735126",
}

department {
  code = "weijian",
  name = "大冶市卫生健康局",
  credit_code = "11420281MB1P10203N",
  nature = "法定机关",
  address = "大冶市东岳路卫健局",
  phone = "0714-8732780",
}

department {
  code = "jiaotong",
  name = "大冶市交通运输局",
  credit_code = "11420281011037845N",
  nature = "法定机关",
  address = "大冶市罗桥大道交通运输局",
  phone = "0714-8751088",
}

department {
  code = "shuili",
  name = "大冶市水利和湖泊局",
  credit_code = "11420281011037925A",
  nature = "法定机关",
  address = "大冶市东风路水利和湖泊局",
  phone = "0714-8733075",
}

department {
  code = "nongye",
  name = "大冶市农业农村局",
  credit_code = "11420281MB1P10633G",
  nature = "法定机关",
  address = "大冶市东岳路农业农村局",
  phone = "0714-8732512",
}

department {
  code = "shengtai",
  name = "黄石市生态环境局大冶分局",
  credit_code = "11420281MB1P1399XX",
  nature = "法定机关",
  address = "大冶市新冶大道生态环境分局",
  phone = "0714-8762121",
}

department {
  code = "yingji",
  name = "大冶市应急管理局",
  credit_code = "11420281MB1P120731",
  nature = "法定机关",
  address = "大冶市湛月路应急管理局",
  phone = "0714-8735350",
}

department {
  code = "gongan",
  name = "大冶市公安局",
  credit_code = "11420281011038055H",
  nature = "法定机关",
  address = "大冶市东岳路公安局",
  phone = "0714-8721110",
}

department {
  code = "jiaoyu",
  name = "大冶市教育局",
  credit_code = "114202810110381355",
  nature = "法定机关",
  address = "大冶市东风路教育局",
  phone = "0714-8732301",
}

department {
  code = "wenlv",
  name = "大冶市文化和旅游局",
  credit_code = "11420281MB1P13113P",
  nature = "法定机关",
  address = "大冶市新冶大道文化中心",
  phone = "0714-8738618",
}

department {
  code = "fagai",
  name = "大冶市发展和改革局",
  credit_code = "11420281011038215Q",
  nature = "法定机关",
  address = "大冶市东岳路市政府院内",
  phone = "0714-8732026",
}

department {
  code = "shangwu",
  name = "大冶市商务局",
  credit_code = "11420281011038485B",
  nature = "法定机关",
  address = "大冶市东岳路市政府院内",
  phone = "0714-8732459",
}

department {
  code = "shuiwu",
  name = "国家税务总局大冶市税务局",
  credit_code = "11420281MB1N87209F",
  nature = "法定机关",
  address = "湖北省黄石市大冶市市民之家（大冶市城北开发区）一楼税务区",
  phone = "0714-12366",
}

department {
  code = "gongjijin",
  name = "黄石市住房公积金中心大冶办事处",
  credit_code = "12420281420830158H",
  nature = "授权组织",
  address = "湖北省黄石市大冶市市民之家（大冶市城北开发区）一楼公积金窗口",
  phone = "0714-8721288",
}

department {
  code = "qixiang",
  name = "大冶市气象局",
  credit_code = "124202814208302385",
  nature = "授权组织",
  address = "大冶市东风路气象局",
  phone = "0714-8732121",
}

