-- Deterministic benchmark data for Dialoogtafels (scripts/bench; see bench/README.md).
--
-- Runs in psql, in one session, on a database that the API's `migrate` command has just created
-- (EF Core migrations + the built-in seed of the 2021 programme). Before this file, stdin carries
-- the vocabulary COPY blocks of vocabulary.mjs into pg_temp.vocab_titles / pg_temp.vocab_categories
-- (real Dutch project titles and categories of Pabulib participatory-budget files).
--
-- psql variables: target_themes, target_tables, target_stories, target_ideas (totals including the
-- seed's rows), scale and version (written to the marker bench_meta.marker).
--
-- Every choice is a pure function of the row number: bench_meta.u(i, salt) hashes (i, salt) with
-- hashint8extended to a uniform number in [0, 1). No random(), no clock: the same targets and the
-- same vocabulary give the same rows, ids included, on every run (the seed's timestamps are
-- normalised too).
--
-- Distributions (see bench/README.md): themes Zipf(s = 1) over ~40 themes in a 3-level hierarchy;
-- tracks 40 % CITIZENS, 20 % LOCAL, 20 % CIVIL_SOCIETY, 20 % SCIENCE (through the tables);
-- status 90 % Published, 7 % Draft, 3 % Archived; proposed actors 15 % none, 65 % one, 15 % two,
-- 5 % three (Government > Society > CivilSociety); support counts log-uniform 0..~3000.

\set ON_ERROR_STOP on
\timing off

begin;
-- The data is consistent by construction: skip the foreign-key triggers during the bulk load.
set local session_replication_role = replica;
set local synchronous_commit = off;
set local maintenance_work_mem = '1GB';
set local work_mem = '256MB';

create schema if not exists bench_meta;

create or replace function bench_meta.u(i bigint, salt bigint) returns double precision
    language sql immutable strict parallel safe
    return (hashint8extended(i, salt) & 281474976710655)::double precision / 281474976710656.0;

-- Seed rows carry the clock time of `migrate`; pin them so that the whole database is reproducible.
update themes set created_at = '2021-02-01 09:00:00+00', updated_at = '2021-02-01 09:00:00+00';
update participant_groups set created_at = '2021-02-01 09:00:00+00', updated_at = '2021-02-01 09:00:00+00';
update dialogues set created_at = '2021-02-01 09:00:00+00', updated_at = '2021-02-01 09:00:00+00';
update reports set created_at = '2021-07-12 09:00:00+00', updated_at = '2021-07-12 09:00:00+00';
update dialogue_tables set created_at = '2021-02-01 09:00:00+00', updated_at = '2021-02-01 09:00:00+00';
update stories set created_at = '2021-02-01 09:00:00+00', updated_at = '2021-02-01 09:00:00+00';
update ideas set created_at = '2021-02-01 09:00:00+00', updated_at = '2021-02-01 09:00:00+00';

select count(*) as vocab_size from pg_temp.vocab_titles \gset
select :vocab_size > 0 as has_vocab \gset
\if :has_vocab
\else
    \echo 'generate.sql: the vocabulary is empty'
    \quit 1
\endif

-- ---------------------------------------------------------------------------------------------
-- Themes: the seed's 16 (6 synthesis themes + 10 series themes), topped up to :target_themes with
-- Pabulib categories, each under a seed theme chosen by hash (so the hierarchy has 3 levels).
select array_agg(id order by id) as seed_theme_ids_text, count(*) as seed_themes from themes \gset
insert into themes (name, slug, description, parent_id, status, created_at, updated_at)
select c.name,
       c.slug,
       'Categorie "' || c.name || '" uit een Amsterdams buurtbudget (Pabulib), als benchmarkthema.',
       p.ids[1 + (hashtextextended(c.slug, 7) & 1023) % cardinality(p.ids)],
       'Published',
       '2021-02-01 09:00:00+00'::timestamptz + c.n * interval '1 minute',
       '2021-02-01 09:00:00+00'::timestamptz + c.n * interval '1 minute'
from pg_temp.vocab_categories c
cross join (select :'seed_theme_ids_text'::int[] as ids) p
where not exists (select 1 from themes t where t.slug = c.slug)
order by c.n
limit greatest(0, :target_themes - :seed_themes);

-- Zipf ranks: every published theme, ranked by md5(slug) (a fixed shuffle), weight 1 / rank.
-- cum holds the upper bounds of ranks 1..n-1, so that ids[width_bucket(u, cum) + 1] draws a theme.
drop table if exists bench_meta.theme_rank;
create table bench_meta.theme_rank as
select row_number() over (order by md5(slug), id)::int as rank, id as theme_id, slug, name
from themes where status = 'Published';
drop table if exists bench_meta.zipf;
create table bench_meta.zipf as
with w as (
    select rank, theme_id, sum(1.0 / rank) over (order by rank) / sum(1.0 / rank) over () as cum
    from bench_meta.theme_rank)
select array_agg(theme_id order by rank) as ids,
       coalesce(array_agg(cum::float8 order by rank) filter (where rank < (select max(rank) from w)), '{}') as cum
from w;

-- ---------------------------------------------------------------------------------------------
-- Tables: topped up to :target_tables, spread over the published dialogues by track.
select coalesce(max(id), 0) as table_base, count(*) as seed_tables from dialogue_tables \gset
create temp table track_dialogues as
select coalesce(array_agg(id order by id) filter (where track = 'Citizens'), all_ids) as citizens,
       coalesce(array_agg(id order by id) filter (where track = 'Local'), all_ids) as local,
       coalesce(array_agg(id order by id) filter (where track = 'CivilSociety'), all_ids) as civil_society,
       coalesce(array_agg(id order by id) filter (where track = 'Science'), all_ids) as science,
       all_ids
from dialogues, (select array_agg(id order by id) as all_ids from dialogues where status = 'Published') a
where status = 'Published'
group by all_ids;

insert into dialogue_tables (id, dialogue_id, title, date, format, host_role, municipality, participant_count,
                             status, created_at, updated_at)
select :table_base + k,
       case when t < 0.40 then d.citizens[1 + floor(p * cardinality(d.citizens))::int]
            when t < 0.60 then d.local[1 + floor(p * cardinality(d.local))::int]
            when t < 0.80 then d.civil_society[1 + floor(p * cardinality(d.civil_society))::int]
            else d.science[1 + floor(p * cardinality(d.science))::int] end,
       'Dialoogtafel ' || k || ': ' || v.title,
       date '2021-02-15' + floor(bench_meta.u(k, 203) * 100)::int,
       case when bench_meta.u(k, 204) < 0.85 then 'Online' else 'InPerson' end,
       case when t >= 0.40 and t < 0.60 then (case when bench_meta.u(k, 205) < 0.5 then 'burgemeester van ' else 'wethouder van ' end) || m.name end,
       case when t >= 0.40 and t < 0.60 then m.name end,
       case when t >= 0.40 and t < 0.60 then 17 else 8 + floor(bench_meta.u(k, 206) * 10)::int end,
       'Published',
       '2021-02-15 09:00:00+00'::timestamptz + k * interval '1 day',
       '2021-02-15 09:00:00+00'::timestamptz + k * interval '1 day'
from (select k, bench_meta.u(k, 201) as t, bench_meta.u(k, 202) as p
      from generate_series(1, greatest(0, :target_tables - :seed_tables)) k) g
cross join track_dialogues d
join pg_temp.vocab_titles v on v.n = 1 + floor(bench_meta.u(g.k, 207) * :vocab_size)::int
cross join lateral (
    select (array['Tubbergen', 'Zwolle', 'Leeuwarden', 'Groningen', 'Deventer', 'Eindhoven', 'Tilburg',
                  'Middelburg', 'Maastricht', 'Utrecht', 'Amersfoort', 'Haarlem', 'Delft', 'Almere'])
           [1 + floor(bench_meta.u(g.k, 208) * 14)::int] as name) m;

insert into table_themes (table_id, theme_id)
select distinct :table_base + k, z.ids[width_bucket(bench_meta.u(k, 210 + j), z.cum) + 1]
from generate_series(1, greatest(0, :target_tables - :seed_tables)) k
cross join generate_series(1, 3) j
cross join bench_meta.zipf z
where j <= 2 + floor(bench_meta.u(k, 209) * 2)::int;

-- Two participant groups per table (one when both draws hit the same group).
insert into table_participant_groups (table_id, participant_group_id, count)
select :table_base + x.k, x.grp, x.cnt
from (select k, j,
             g.ids[1 + floor(bench_meta.u(k, 220 + j) * cardinality(g.ids))::int] as grp,
             g.ids[1 + floor(bench_meta.u(k, 221) * cardinality(g.ids))::int] as first_grp,
             2 + floor(bench_meta.u(k, 230 + j) * 8)::int as cnt
      from generate_series(1, greatest(0, :target_tables - :seed_tables)) k
      cross join generate_series(1, 2) j
      cross join (select array_agg(id order by id) as ids from participant_groups where status = 'Published') g
      where cardinality(g.ids) > 0) x
where x.j = 1 or x.grp <> x.first_grp;

-- Published tables, numbered, for the stories and ideas to point at.
create temp table tbl as
select row_number() over (order by id)::int as r, id, dialogue_id from dialogue_tables where status = 'Published';
select count(*) as table_count from tbl \gset
analyze tbl;

-- ---------------------------------------------------------------------------------------------
-- Bulk load: drop the secondary indexes of the big tables (kept verbatim) and rebuild them after.
create temp table saved_indexes as
select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
from pg_index i
join pg_class c on c.oid = i.indrelid
where c.relnamespace = 'public'::regnamespace
  and c.relname in ('stories', 'ideas', 'idea_themes', 'story_themes', 'idea_stories')
  and not i.indisprimary
  and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid);
do $$
declare r record;
begin
    for r in select name from pg_temp.saved_indexes loop
        execute 'drop index ' || r.name;
    end loop;
end $$;

-- ---------------------------------------------------------------------------------------------
-- Stories.
select coalesce(max(id), 0) as story_base, greatest(0, :target_stories - count(*)) as new_stories from stories \gset
create temp table story_theme_rows as
select distinct :story_base + i as story_id, z.ids[width_bucket(bench_meta.u(i, 20 + j), z.cum) + 1] as theme_id
from generate_series(1, :new_stories) i
cross join generate_series(1, 3) j
cross join bench_meta.zipf z
where j <= case when bench_meta.u(i, 19) < 0.6 then 1 when bench_meta.u(i, 19) < 0.9 then 2 else 3 end;
create temp table story_theme_keys as
select story_id, array_agg(theme_id order by theme_id) as ids from pg_temp.story_theme_rows group by story_id;
insert into stories (id, dialogue_id, table_id, kind, title, body, is_paraphrase, status, created_at, updated_at, theme_ids)
select :story_base + s.i,
       coalesce(t.dialogue_id, d.all_ids[1 + floor(bench_meta.u(s.i, 13) * cardinality(d.all_ids))::int]),
       t.id,
       s.kind,
       v1.title,
       case when s.kind = 'Concern' then 'Wat in de knel kwam: ' else 'Wat ontkiemde: ' end
           || lower(v2.title) || '. ' || v3.title || '. Aan tafel genoemd: ' || lower(v4.title) || '.',
       false,
       s.status,
       '2021-02-15 09:00:00+00'::timestamptz + s.i * interval '3 seconds',
       '2021-02-15 09:00:00+00'::timestamptz + s.i * interval '3 seconds',
       coalesce(k.ids, '{}')
from (select i,
             case when bench_meta.u(i, 10) < 0.5 then 'Concern' else 'Opportunity' end as kind,
             case when bench_meta.u(i, 11) < 0.12 then null
                  else 1 + floor(power(bench_meta.u(i, 12), 1.3) * :table_count)::int end as tr,
             case when bench_meta.u(i, 14) < 0.90 then 'Published'
                  when bench_meta.u(i, 14) < 0.97 then 'Draft' else 'Archived' end as status,
             1 + floor(bench_meta.u(i, 15) * :vocab_size)::int as n1,
             1 + floor(bench_meta.u(i, 16) * :vocab_size)::int as n2,
             1 + floor(bench_meta.u(i, 17) * :vocab_size)::int as n3,
             1 + floor(bench_meta.u(i, 18) * :vocab_size)::int as n4
      from generate_series(1, :new_stories) i) s
cross join track_dialogues d
left join tbl t on t.r = s.tr
join pg_temp.vocab_titles v1 on v1.n = s.n1
join pg_temp.vocab_titles v2 on v2.n = s.n2
join pg_temp.vocab_titles v3 on v3.n = s.n3
join pg_temp.vocab_titles v4 on v4.n = s.n4
left join pg_temp.story_theme_keys k on k.story_id = :story_base + s.i;

-- Their themes go to story_themes with the key-array triggers off (session_replication_role =
-- replica): stories.theme_ids is written with the row instead of by a second update of every row.
set session_replication_role = replica;
insert into story_themes (story_id, theme_id) select story_id, theme_id from pg_temp.story_theme_rows;
set session_replication_role = default;

-- ---------------------------------------------------------------------------------------------
-- Ideas.
select coalesce(max(id), 0) as idea_base, greatest(0, :target_ideas - count(*)) as new_ideas from ideas \gset
create temp table idea_theme_rows as
select distinct :idea_base + i as idea_id, z.ids[width_bucket(bench_meta.u(i, 50 + j), z.cum) + 1] as theme_id
from generate_series(1, :new_ideas) i
cross join generate_series(1, 3) j
cross join bench_meta.zipf z
where j <= case when bench_meta.u(i, 49) < 0.6 then 1 when bench_meta.u(i, 49) < 0.9 then 2 else 3 end;
create temp table idea_theme_keys as
select idea_id, array_agg(theme_id order by theme_id) as ids from pg_temp.idea_theme_rows group by idea_id;
insert into ideas (id, dialogue_id, table_id, title, description, proposed_actors, support_count, cost_estimate,
                   source, external_reference, budget_selection, is_paraphrase, status, created_at, updated_at, theme_ids)
select :idea_base + s.i,
       coalesce(t.dialogue_id, d.all_ids[1 + floor(bench_meta.u(s.i, 33) * cardinality(d.all_ids))::int]),
       t.id,
       v1.title,
       'Voorstel: ' || lower(v2.title) || '. ' || v3.title || '. Zie ook: ' || lower(v4.title) || '.',
       case when s.a < 0.15 then '{}'::text[]
            when s.a < 0.80 then array[case when s.b < 0.55 then 'Government' when s.b < 0.85 then 'Society' else 'CivilSociety' end]
            when s.a < 0.95 then case when s.b < 0.5 then '{Society,Government}'::text[]
                                      when s.b < 0.8 then '{Government,CivilSociety}'::text[]
                                      else '{Society,CivilSociety}'::text[] end
            else '{Society,Government,CivilSociety}'::text[] end,
       floor(exp(bench_meta.u(s.i, 36) * 8))::int - 1,
       case when bench_meta.u(s.i, 37) < 0.4 then round((500 + power(bench_meta.u(s.i, 38), 3) * 150000)::numeric, -2) end,
       case when t.id is null then 'Online' else 'Table' end,
       null,
       null,
       false,
       s.status,
       '2021-02-15 09:00:00+00'::timestamptz + s.i * interval '3 seconds',
       '2021-02-15 09:00:00+00'::timestamptz + s.i * interval '3 seconds',
       coalesce(k.ids, '{}')
from (select i,
             case when bench_meta.u(i, 31) < 0.15 then null
                  else 1 + floor(power(bench_meta.u(i, 32), 1.3) * :table_count)::int end as tr,
             bench_meta.u(i, 34) as a,
             bench_meta.u(i, 35) as b,
             case when bench_meta.u(i, 39) < 0.90 then 'Published'
                  when bench_meta.u(i, 39) < 0.97 then 'Draft' else 'Archived' end as status,
             1 + floor(bench_meta.u(i, 40) * :vocab_size)::int as n1,
             1 + floor(bench_meta.u(i, 41) * :vocab_size)::int as n2,
             1 + floor(bench_meta.u(i, 42) * :vocab_size)::int as n3,
             1 + floor(bench_meta.u(i, 43) * :vocab_size)::int as n4
      from generate_series(1, :new_ideas) i) s
cross join track_dialogues d
left join tbl t on t.r = s.tr
join pg_temp.vocab_titles v1 on v1.n = s.n1
join pg_temp.vocab_titles v2 on v2.n = s.n2
join pg_temp.vocab_titles v3 on v3.n = s.n3
join pg_temp.vocab_titles v4 on v4.n = s.n4
left join pg_temp.idea_theme_keys k on k.idea_id = :idea_base + s.i;

set session_replication_role = replica;
insert into idea_themes (idea_id, theme_id) select idea_id, theme_id from pg_temp.idea_theme_rows;
set session_replication_role = default;

-- 30 % of the ideas answer one story.
insert into idea_stories (idea_id, story_id)
select :idea_base + i, :story_base + 1 + floor(bench_meta.u(i, 61) * :new_stories)::int
from generate_series(1, :new_ideas) i
where :new_stories > 0 and bench_meta.u(i, 60) < 0.3;

-- ---------------------------------------------------------------------------------------------
-- Rebuild the dropped indexes, move the identity sequences past the explicit ids.
do $$
declare r record;
begin
    for r in select def from pg_temp.saved_indexes loop
        execute r.def;
    end loop;
end $$;

select setval(pg_get_serial_sequence('public.themes', 'id'), (select max(id) from themes)) \g /dev/null
select setval(pg_get_serial_sequence('public.dialogue_tables', 'id'), greatest(1, (select max(id) from dialogue_tables))) \g /dev/null
select setval(pg_get_serial_sequence('public.stories', 'id'), greatest(1, (select max(id) from stories))) \g /dev/null
select setval(pg_get_serial_sequence('public.ideas', 'id'), greatest(1, (select max(id) from ideas))) \g /dev/null

-- ---------------------------------------------------------------------------------------------
-- Marker: what was generated, so that scripts/bench can reuse the database.
create table if not exists bench_meta.marker (
    scale text not null,
    version text not null,
    themes int not null,
    tables int not null,
    stories int not null,
    ideas int not null,
    generated_at timestamptz not null default now());
delete from bench_meta.marker;
insert into bench_meta.marker (scale, version, themes, tables, stories, ideas)
select :'scale', :'version',
       (select count(*) from themes), (select count(*) from dialogue_tables),
       (select count(*) from stories), (select count(*) from ideas);
commit;
