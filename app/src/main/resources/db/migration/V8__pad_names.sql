-- Pad names in Russian and Kazakh (names that differ by language are data). The data set fills them for new
-- installations; these updates fill pads loaded before the columns existed.
alter table sites.pad add column name_ru text, add column name_kk text, add column popular_name_ru text,
    add column popular_name_kk text;
update sites.pad set name_ru = 'Площадка 1, пусковая установка 5', name_kk = '1-алаң, 5-ұшыру қондырғысы', popular_name_ru = 'Гагаринский старт', popular_name_kk = 'Гагарин старты' where id = '1-5';
update sites.pad set name_ru = 'Площадка 31, пусковая установка 6', name_kk = '31-алаң, 6-ұшыру қондырғысы', popular_name_ru = NULL, popular_name_kk = NULL where id = '31-6';
update sites.pad set name_ru = 'Площадка 81, пусковая установка 23 (левая, 81Л)', name_kk = '81-алаң, 23-ұшыру қондырғысы (сол жақ, 81Л)', popular_name_ru = NULL, popular_name_kk = NULL where id = '81-23';
update sites.pad set name_ru = 'Площадка 81, пусковая установка 24 (правая, 81П)', name_kk = '81-алаң, 24-ұшыру қондырғысы (оң жақ, 81П)', popular_name_ru = NULL, popular_name_kk = NULL where id = '81-24';
update sites.pad set name_ru = 'Площадка 200, пусковая установка 39 (левая, 200Л)', name_kk = '200-алаң, 39-ұшыру қондырғысы (сол жақ, 200Л)', popular_name_ru = NULL, popular_name_kk = NULL where id = '200-39';
update sites.pad set name_ru = 'Площадка 200, пусковая установка 40 (правая, 200П)', name_kk = '200-алаң, 40-ұшыру қондырғысы (оң жақ, 200П)', popular_name_ru = NULL, popular_name_kk = NULL where id = '200-40';
update sites.pad set name_ru = 'Площадка 45, пусковая установка 1', name_kk = '45-алаң, 1-ұшыру қондырғысы', popular_name_ru = '«Байтерек» («Назарбаев старт»)', popular_name_kk = '«Бәйтерек» («Назарбаев старты»)' where id = '45-1';
update sites.pad set name_ru = 'Площадка 45, пусковая установка 2', name_kk = '45-алаң, 2-ұшыру қондырғысы', popular_name_ru = NULL, popular_name_kk = NULL where id = '45-2';
update sites.pad set name_ru = 'Площадка 110, пусковая установка 37 (левая, 110Л)', name_kk = '110-алаң, 37-ұшыру қондырғысы (сол жақ, 110Л)', popular_name_ru = NULL, popular_name_kk = NULL where id = '110-37';
update sites.pad set name_ru = 'Площадка 110, пусковая установка 38 (правая, 110П)', name_kk = '110-алаң, 38-ұшыру қондырғысы (оң жақ, 110П)', popular_name_ru = NULL, popular_name_kk = NULL where id = '110-38';
update sites.pad set name_ru = 'Площадка 250', name_kk = '250-алаң', popular_name_ru = 'УКСС (универсальный комплекс стенд-старт)', popular_name_kk = 'УКСС (әмбебап стенд-старт кешені)' where id = '250';
update sites.pad set name_ru = 'Площадка 109, шахтная пусковая установка 95', name_kk = '109-алаң, 95-шахталық ұшыру қондырғысы', popular_name_ru = 'Шахта «Днепра»', popular_name_kk = '«Днепр» шахтасы' where id = '109-95';
update sites.pad set name_ru = 'Площадка 175, пусковая установка 58', name_kk = '175-алаң, 58-ұшыру қондырғысы', popular_name_ru = NULL, popular_name_kk = NULL where id = '175-58';
update sites.pad set name_ru = 'Площадка 175, пусковая установка 59', name_kk = '175-алаң, 59-ұшыру қондырғысы', popular_name_ru = NULL, popular_name_kk = NULL where id = '175-59';
update sites.pad set name_ru = 'Площадка 90, пусковая установка 19', name_kk = '90-алаң, 19-ұшыру қондырғысы', popular_name_ru = NULL, popular_name_kk = NULL where id = '90-19';
update sites.pad set name_ru = 'Площадка 90, пусковая установка 20', name_kk = '90-алаң, 20-ұшыру қондырғысы', popular_name_ru = NULL, popular_name_kk = NULL where id = '90-20';
update sites.pad set name_ru = 'Площадка 41, пусковая установка 15', name_kk = '41-алаң, 15-ұшыру қондырғысы', popular_name_ru = NULL, popular_name_kk = NULL where id = '41-15';
update sites.pad set name_ru = 'Площадка 161, пусковая установка 35', name_kk = '161-алаң, 35-ұшыру қондырғысы', popular_name_ru = NULL, popular_name_kk = NULL where id = '161-35';
update sites.pad set name_ru = 'Площадка 162, пусковая установка 36', name_kk = '162-алаң, 36-ұшыру қондырғысы', popular_name_ru = NULL, popular_name_kk = NULL where id = '162-36';
update sites.pad set name_ru = 'Площадка 191, пусковая установка 66', name_kk = '191-алаң, 66-ұшыру қондырғысы', popular_name_ru = NULL, popular_name_kk = NULL where id = '191-66';
update sites.pad set name_ru = 'Площадка 67, пусковая установка 21', name_kk = '67-алаң, 21-ұшыру қондырғысы', popular_name_ru = NULL, popular_name_kk = NULL where id = '67-21';
update sites.pad set name_ru = 'Площадка 67, пусковая установка 22', name_kk = '67-алаң, 22-ұшыру қондырғысы', popular_name_ru = NULL, popular_name_kk = NULL where id = '67-22';
update sites.pad set name_ru = 'Площадка 131', name_kk = '131-алаң', popular_name_ru = NULL, popular_name_kk = NULL where id = '131';
