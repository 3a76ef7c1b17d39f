-- Departments (实施主体). credit_code: GB 32100-2015, check digit computed.

department {
  code = "xingzheng",
  name = "滦南县行政审批局",
  credit_code = "11130224MB1632405Q",
  nature = "法定机关",
  address = "河北省唐山市滦南县政务服务中心（滦南县城友谊路）",
  phone = "0315-4162300",
}

department {
  code = "minzheng",
  name = "滦南县民政局",
  credit_code = "111302240005431877",
  nature = "法定机关",
  address = "滦南县城建设大街民政综合楼",
  phone = "0315-4121563",
}

department {
  code = "ziranziyuan",
  name = "滦南县自然资源和规划局",
  credit_code = "11130224MB1785022R",
  nature = "法定机关",
  address = "滦南县城国防道自然资源大楼",
  phone = "0315-4126620",
}

department {
  code = "budongchan",
  name = "滦南县不动产登记中心",
  credit_code = "12130224MA0C5T215F",
  nature = "受委托组织",
  address = "河北省唐山市滦南县政务服务中心（滦南县城友谊路）二楼不动产登记专区",
  phone = "0315-4162366",
}

department {
  code = "zhujian",
  name = "滦南县住房和城乡建设局",
  credit_code = "11130224000543267T",
  nature = "法定机关",
  address = "滦南县城友谊路住建大厦",
  phone = "0315-4122179",
}

department {
  code = "shichang",
  name = "滦南县市场监督管理局",
  credit_code = "11130224MB1694470D",
  nature = "法定机关",
  address = "滦南县城建设大街市场监管大楼",
  phone = "0315-4128815",
}

department {
  code = "renshe",
  name = "滦南县人力资源和社会保障局",
  credit_code = "11130224000543347E",
  nature = "法定机关",
  address = "滦南县城友谊路社保大厦",
  phone = "0315-4125213",
}

department {
  code = "weijian",
  name = "滦南县卫生健康局",
  credit_code = "11130224MB1711357A",
  nature = "法定机关",
  address = "滦南县城新华街卫健委大院",
  phone = "0315-4123389",
}

department {
  code = "jiaotong",
  name = "滦南县交通运输局",
  credit_code = "111302240005434272",
  nature = "法定机关",
  address = "滦南县城国防道交通大楼",
  phone = "0315-4122046",
}

department {
  code = "shuili",
  name = "滦南县水务局",
  credit_code = "111302240005435909",
  nature = "法定机关",
  address = "滦南县城建设大街水务局",
  phone = "0315-4121702",
}

department {
  code = "nongye",
  name = "滦南县农业农村局",
  credit_code = "11130224MB1786009L",
  nature = "法定机关",
  address = "滦南县城友谊路农业农村局",
  phone = "0315-4121240",
}

department {
  code = "shengtai",
  name = "唐山市滦南县生态环境局",
  credit_code = "11130224MB1815578A",
  nature = "法定机关",
  address = "滦南县城国防道生态环境局",
  phone = "0315-4129357",
}

department {
  code = "yingji",
  name = "滦南县应急管理局",
  credit_code = "11130224MB1787212J",
  nature = "法定机关",
  address = "滦南县城建设大街应急管理局",
  phone = "0315-4127710",
}

department {
  code = "gongan",
  name = "滦南县公安局",
  credit_code = "11130224000543670W",
  nature = "法定机关",
  address = "滦南县城友谊路公安局户政服务大厅",
  phone = "0315-4121110",
}

department {
  code = "jiaoyu",
  name = "滦南县教育局",
  credit_code = "11130224000543750G",
  nature = "法定机关",
  address = "滦南县城新华街教育局",
  phone = "0315-4121428",
}

department {
  code = "wenlv",
  name = "滦南县文化广电和旅游局",
  credit_code = "11130224MB1789090P",
  nature = "法定机关",
  address = "滦南县城友谊路文化馆楼",
  phone = "0315-4123081",
}

department {
  code = "fagai",
  name = "滦南县发展和改革局",
  credit_code = "111302240005438304",
  nature = "法定机关",
  address = "滦南县城国防道县政府院内",
  phone = "0315-4121815",
}

department {
  code = "shangwu",
  name = "滦南县商务局",
  credit_code = "11130224MB17905266",
  nature = "法定机关",
  address = "滦南县城国防道县政府院内",
  phone = "0315-4126030",
}

department {
  code = "shuiwu",
  name = "国家税务总局滦南县税务局",
  credit_code = "11130224MB1580211P",
  nature = "法定机关",
  address = "河北省唐山市滦南县政务服务中心（滦南县城友谊路）一楼税务专区",
  phone = "0315-12366",
}

department {
  code = "gongjijin",
  name = "唐山市住房公积金管理中心滦南县分中心",
  credit_code = "1213022440154317XT",
  nature = "授权组织",
  address = "河北省唐山市滦南县政务服务中心（滦南县城友谊路）一楼公积金窗口",
  phone = "0315-4162388",
}

department {
  code = "qixiang",
  name = "滦南县气象局",
  credit_code = "1213022440154325XE",
  nature = "授权组织",
  address = "滦南县城气象路气象局",
  phone = "0315-4121421",
}

