-- Recommending units of Art 16: city departments, county (city, district) market regulators and the
-- trade association entrusted by the city market regulator. Reference data, not demo data; the
-- office extends it with further migrations or SQL.
insert into recommender (code, name, type, county_code, county_name) values
 ('R-CITY-IIT',  '保定市工业和信息化局',       'CITY_DEPARTMENT',   null, null),
 ('R-CITY-EE',   '保定市生态环境局',           'CITY_DEPARTMENT',   null, null),
 ('R-CITY-EM',   '保定市应急管理局',           'CITY_DEPARTMENT',   null, null),
 ('R-CITY-HRSS', '保定市人力资源和社会保障局', 'CITY_DEPARTMENT',   null, null),
 ('R-CITY-MSR',  '保定市市场监督管理局',       'CITY_DEPARTMENT',   null, null),
 ('R-ASSOC-QA',  '保定市质量协会',             'TRADE_ASSOCIATION', null, null),
 ('R-JX-MSR',    '竞秀区市场监督管理局',       'COUNTY_REGULATOR',  '130602', '竞秀区'),
 ('R-LC-MSR',    '莲池区市场监督管理局',       'COUNTY_REGULATOR',  '130606', '莲池区'),
 ('R-MC-MSR',    '满城区市场监督管理局',       'COUNTY_REGULATOR',  '130607', '满城区'),
 ('R-QY-MSR',    '清苑区市场监督管理局',       'COUNTY_REGULATOR',  '130608', '清苑区'),
 ('R-XS-MSR',    '徐水区市场监督管理局',       'COUNTY_REGULATOR',  '130609', '徐水区'),
 ('R-ZZ-MSR',    '涿州市市场监督管理局',       'COUNTY_REGULATOR',  '130681', '涿州市'),
 ('R-AG-MSR',    '安国市市场监督管理局',       'COUNTY_REGULATOR',  '130683', '安国市'),
 ('R-GBD-MSR',   '高碑店市市场监督管理局',     'COUNTY_REGULATOR',  '130684', '高碑店市');
