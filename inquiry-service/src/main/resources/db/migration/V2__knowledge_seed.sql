-- The knowledge base starts with the typical questions of seeds 001/002 (物流知识库); agents add more.
insert into article (id, question, answer, topic, tags, search_text, created_by, created_at, updated_at)
select gen_random_uuid(), q, a, t, g, lower(q || E'\n' || a || E'\n' || t || E'\n' || replace(g, ',', ' ')),
       'system', now(), now()
from (values
  ('哪些物品禁止寄递？(Which items are prohibited?)',
   '禁寄物品包括：枪支弹药、管制器具、爆炸物品、易燃易爆物品、压缩气体、毒害品、腐蚀性物品、放射性物品、毒品、传染性物品、活体动物、国家货币及伪造票证、违禁出版物。Prohibited items: weapons, explosives, flammables, gases, toxics, corrosives, radioactive material, drugs, live animals, currency.',
   'PROHIBITED_ITEMS', '禁寄,禁运,prohibited'),
  ('快件多久能到？(How long does delivery take?)',
   '时效标准（133710）：同城1天、异地3天、国际7天；超过同城3天、异地7天、国际10天为彻底延误。Same city 1 day, other city 3 days, international 7 days.',
   'TRANSIT_TIME', '时效,延误,transit time'),
  ('运费怎么计算？(How is freight charged?)',
   '按实际重量与体积重量（长×宽×高厘米÷6000）取大者计费，首重加续重，另收燃油附加费。Chargeable weight is the greater of actual and volumetric weight (L×W×H cm / 6000).',
   'FREIGHT', '运费,体积重量,freight'),
  ('保价费怎么收？(What does insurance cost?)',
   '保价费按声明价值的一定比例收取，贵重物品建议保价；未保价快件按运费的倍数赔偿。Insured-value fee is a share of the declared value.',
   'INSURED_VALUE', '保价,insurance')
) as seed(q, a, t, g);
