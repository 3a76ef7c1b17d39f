-- Departments (实施主体). credit_code: GB 32100-2015, check digit computed.

department {
  code = "yingshang",
  name = "本溪满族自治县营商环境建设局",
  credit_code = "11210521MB1W22075W",
  nature = "法定机关",
  address = "辽宁省本溪市本溪满族自治县政务服务中心（小市镇）",
  phone = "024-46882300",
}

department {
  code = "minzheng",
  name = "本溪满族自治县民政局",
  credit_code = "1121052100127103XA",
  nature = "法定机关",
  address = "本溪县小市镇民政局",
  phone = "024-46812213",
}

department {
  code = "ziranziyuan",
  name = "本溪满族自治县自然资源局",
  credit_code = "11210521MB1W253805",
  nature = "法定机关",
  address = "本溪县小市镇自然资源局",
  phone = "024-46813576",
}

department {
  code = "budongchan",
  name = "本溪满族自治县不动产登记中心",
  credit_code = "12210521MB1W26199T",
  nature = "受委托组织",
  address = "辽宁省本溪市本溪满族自治县政务服务中心（小市镇）二楼不动产登记区",
  phone = "024-46882366",
}

department {
  code = "linye",
  name = "本溪满族自治县林业和草原局",
  credit_code = "11210521MB1W25460Q",
  nature = "法定机关",
  address = "本溪县小市镇林业和草原局",
  phone = "024-46812867",
}

department {
  code = "zhujian",
  name = "本溪满族自治县住房和城乡建设局",
  credit_code = "1121052100127111XX",
  nature = "法定机关",
  address = "本溪县小市镇住建局",
  phone = "024-46813015",
}

department {
  code = "shichang",
  name = "本溪满族自治县市场监督管理局",
  credit_code = "11210521MB1W245809",
  nature = "法定机关",
  address = "本溪县小市镇市场监督管理局",
  phone = "024-46815315",
}

department {
  code = "renshe",
  name = "本溪满族自治县人力资源和社会保障局",
  credit_code = "1121052100127138XG",
  nature = "法定机关",
  address = "本溪县小市镇人社局",
  phone = "024-46812536",
}

department {
  code = "weijian",
  name = "本溪满族自治县卫生健康局",
  credit_code = "11210521MB1W24740G",
  nature = "法定机关",
  address = "本溪县小市镇卫生健康局",
  phone = "024-46812170",
}

department {
  code = "jiaotong",
  name = "本溪满族自治县交通运输局",
  credit_code = "1121052100127146X4",
  nature = "法定机关",
  address = "本溪县小市镇交通运输局",
  phone = "024-46812451",
}

department {
  code = "shuili",
  name = "本溪满族自治县水利局",
  credit_code = "1121052100127154XP",
  nature = "法定机关",
  address = "本溪县小市镇水利局",
  phone = "024-46812302",
}

department {
  code = "nongye",
  name = "本溪满族自治县农业农村局",
  credit_code = "11210521MB1W256200",
  nature = "法定机关",
  address = "本溪县小市镇农业农村局",
  phone = "024-46812058",
}

department {
  code = "shengtai",
  name = "本溪市生态环境局本溪满族自治县分局",
  credit_code = "11210521MB1W29998X",
  nature = "法定机关",
  address = "本溪县小市镇生态环境分局",
  phone = "024-46814369",
}

department {
  code = "yingji",
  name = "本溪满族自治县应急管理局",
  credit_code = "11210521MB1W25890J",
  nature = "法定机关",
  address = "本溪县小市镇应急管理局",
  phone = "024-46813350",
}

department {
  code = "gongan",
  name = "本溪满族自治县公安局",
  credit_code = "1121052100127162XB",
  nature = "法定机关",
  address = "本溪县小市镇公安局",
  phone = "024-46812110",
}

department {
  code = "jiaoyu",
  name = "本溪满族自治县教育局",
  credit_code = "11210521001271793P",
  nature = "法定机关",
  address = "本溪县小市镇教育局",
  phone = "024-46812618",
}

department {
  code = "wenlv",
  name = "本溪满族自治县文化旅游和广播电视局",
  credit_code = "11210521MB1W259706",
  nature = "法定机关",
  address = "本溪县小市镇文旅广电局",
  phone = "024-46816698",
}

department {
  code = "fagai",
  name = "本溪满族自治县发展和改革局",
  credit_code = "11210521001271873B",
  nature = "法定机关",
  address = "本溪县小市镇县政府院内",
  phone = "024-46812021",
}

department {
  code = "shangwu",
  name = "本溪满族自治县商务局",
  credit_code = "11210521001271953Y",
  nature = "法定机关",
  address = "本溪县小市镇县政府院内",
  phone = "024-46812435",
}

department {
  code = "shuiwu",
  name = "国家税务总局本溪满族自治县税务局",
  credit_code = "11210521MB1W17081X",
  nature = "法定机关",
  address = "辽宁省本溪市本溪满族自治县政务服务中心（小市镇）一楼税务区",
  phone = "024-12366",
}

department {
  code = "gongjijin",
  name = "本溪市住房公积金管理中心本溪县管理部",
  credit_code = "12210521210521058U",
  nature = "授权组织",
  address = "辽宁省本溪市本溪满族自治县政务服务中心（小市镇）一楼公积金窗口",
  phone = "024-46882388",
}

department {
  code = "qixiang",
  name = "本溪满族自治县气象局",
  credit_code = "12210521210521138F",
  nature = "授权组织",
  address = "本溪县小市镇气象局",
  phone = "024-46812121",
}

