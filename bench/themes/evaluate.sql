-- Evaluation of the theme suggester (naive Bayes over Dutch stems, as src/Api/Data/Suggestions/ThemeSuggester.cs)
-- on the imported Pabulib rounds, leaving whole rounds out: for every round, the model is trained on
-- the other rounds and tested on this round's projects. The raw category labels are first mapped
-- onto a small taxonomy (rules below). Prints top-1 and top-3 accuracy against the majority-class
-- baseline (the most frequent classes of the training rounds). Run by scripts/evaluate-themes.
\set ON_ERROR_STOP on
\pset footer off

CREATE TEMP TABLE taxonomy (priority int, pattern text, target text);
INSERT INTO taxonomy VALUES
  (1, '%armoede%', 'Armoede en schulden'), (1, '%schulden%', 'Armoede en schulden'),
  (2, '%groen%', 'Groen en klimaat'), (2, '%klimaat%', 'Groen en klimaat'), (2, '%duurza%', 'Groen en klimaat'),
  (3, '%zwerfvuil%', 'Schone buurt'), (3, '%afval%', 'Schone buurt'), (3, '%ratten%', 'Schone buurt'),
  (4, '%kind%', 'Jeugd'), (4, '%jeugd%', 'Jeugd'), (4, '%jongere%', 'Jeugd'),
  (5, '%eenzaam%', 'Ontmoeting'), (5, '%ontmoet%', 'Ontmoeting'), (5, '%buurtverbind%', 'Ontmoeting'),
  (6, '%cultu%', 'Cultuur en kunst'), (6, '%kunst%', 'Cultuur en kunst'),
  (7, '%sport%', 'Sport'),
  (8, '%parkeren%', 'Mobiliteit');

-- each imported category (a child of "Geïmporteerd") onto its first matching target
CREATE TEMP TABLE label_map AS
SELECT DISTINCT ON (t.id) t.id AS theme_id, t.name AS label, x.target
FROM themes t JOIN themes root ON root.id = t.parent_id AND root.slug = 'geimporteerd'
JOIN taxonomy x ON t.name ILIKE x.pattern
ORDER BY t.id, x.priority;

CREATE TEMP TABLE truth AS
SELECT DISTINCT it.idea_id AS id, m.target FROM idea_themes it JOIN label_map m ON m.theme_id = it.theme_id;

CREATE TEMP TABLE item AS
SELECT i.id, i.dialogue_id AS round, i.search_vector FROM ideas i
WHERE i.source = 'Import' AND i.id IN (SELECT id FROM truth);

CREATE TEMP TABLE lex AS SELECT i.id, i.round, u.lexeme FROM item i, unnest(i.search_vector) u;

-- counts per (target, round), so that "all rounds but r" is the total minus round r
CREATE TEMP TABLE n_round AS SELECT t.target, l.round, l.lexeme, count(*)::float8 AS n FROM lex l JOIN truth t USING (id) GROUP BY 1, 2, 3;
CREATE TEMP TABLE n_all AS SELECT target, lexeme, sum(n) AS n FROM n_round GROUP BY 1, 2;
CREATE TEMP TABLE d_round AS
SELECT t.target, i.round, count(*)::float8 AS docs, sum(length(i.search_vector))::float8 AS tokens
FROM item i JOIN truth t USING (id) GROUP BY 1, 2;
CREATE TEMP TABLE d_all AS SELECT target, sum(docs) AS docs, sum(tokens) AS tokens FROM d_round GROUP BY 1;
CREATE TEMP TABLE rounds AS SELECT DISTINCT round FROM item;
CREATE TEMP TABLE vocabulary AS SELECT count(DISTINCT lexeme)::float8 AS size FROM lex;

-- training statistics of each fold (round r left out)
CREATE TEMP TABLE fold AS
SELECT r.round, a.target,
       a.docs - coalesce(d.docs, 0) AS docs,
       a.tokens - coalesce(d.tokens, 0) AS tokens
FROM rounds r CROSS JOIN d_all a LEFT JOIN d_round d ON d.target = a.target AND d.round = r.round;
DELETE FROM fold WHERE docs = 0;

CREATE TEMP TABLE score AS
SELECT i.id, i.round, f.target,
       ln(f.docs / sum(f.docs) OVER (PARTITION BY i.id)) AS prior,
       (SELECT coalesce(sum(ln((coalesce(a.n, 0) - coalesce(o.n, 0) + 1) / (f.tokens + v.size))), 0)
        FROM lex l
        LEFT JOIN n_all a ON a.target = f.target AND a.lexeme = l.lexeme
        LEFT JOIN n_round o ON o.target = f.target AND o.lexeme = l.lexeme AND o.round = i.round
        WHERE l.id = i.id) AS likelihood
FROM item i JOIN fold f ON f.round = i.round CROSS JOIN vocabulary v;

CREATE TEMP TABLE ranked AS
SELECT id, round, target, row_number() OVER (PARTITION BY id ORDER BY prior + likelihood DESC, target) AS rank FROM score;

CREATE TEMP TABLE baseline AS
SELECT round, target, row_number() OVER (PARTITION BY round ORDER BY docs DESC, target) AS rank FROM fold;

SELECT count(DISTINCT i.round) AS rounds,
       count(*) AS projects,
       (SELECT count(*) FROM label_map) AS categories,
       (SELECT count(DISTINCT target) FROM label_map) AS classes,
       round(100.0 * avg((EXISTS (SELECT 1 FROM ranked r JOIN truth t ON t.id = r.id AND t.target = r.target WHERE r.id = i.id AND r.rank = 1))::int), 1) AS top1_pct,
       round(100.0 * avg((EXISTS (SELECT 1 FROM ranked r JOIN truth t ON t.id = r.id AND t.target = r.target WHERE r.id = i.id AND r.rank <= 3))::int), 1) AS top3_pct,
       round(100.0 * avg((EXISTS (SELECT 1 FROM baseline b JOIN truth t ON t.target = b.target WHERE t.id = i.id AND b.round = i.round AND b.rank = 1))::int), 1) AS baseline_top1_pct,
       round(100.0 * avg((EXISTS (SELECT 1 FROM baseline b JOIN truth t ON t.target = b.target WHERE t.id = i.id AND b.round = i.round AND b.rank <= 3))::int), 1) AS baseline_top3_pct
FROM item i;

SELECT label AS category, target AS taxonomy FROM label_map ORDER BY target, label;
