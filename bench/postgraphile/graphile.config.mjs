// PostGraphile 5 configuration for the benchmark (scripts/bench): the `public` schema of the
// bench database, read-only, with postgraphile-plugin-connection-filter (relations enabled)
// and one table condition `search` on ideas for full-text search.
//
// Environment: DATABASE_URL (required), PG_POOL_MAX (default 20), BENCH_SEARCH_TSQUERY (see below).
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";
import { addPgTableCondition } from "postgraphile/utils";
import { sqlValueWithCodec, TYPES } from "postgraphile/@dataplan/pg";
import { sql } from "postgraphile/pg-sql2";

if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set");

// `allIdeas(condition: { search: "fiets" })`: the same predicate as our API's `search` argument
// and the floor: the stored tsvector column (GIN index) against the API's own SQL function
// dutch_search_query(text) when BENCH_SEARCH_TSQUERY=dutch_search_query (scripts/bench sets it
// when the database has the function), else plainto_tsquery('dutch', text).
// PostGraphile has no built-in full-text filter in v5 (postgraphile-plugin-fulltext-filter is v4
// only); a table condition is the documented v5 way to add one without touching the database.
const useDutchSearchQuery = process.env.BENCH_SEARCH_TSQUERY === "dutch_search_query";
const IdeaSearchConditionPlugin = addPgTableCondition(
  { schemaName: "public", tableName: "ideas" },
  "search",
  (build) => ({
    description: "Full-text search (text search configuration `dutch`) in title and description.",
    type: build.graphql.GraphQLString,
    apply(condition, value) {
      if (value == null) return;
      const text = sqlValueWithCodec(value, TYPES.text);
      const tsquery = useDutchSearchQuery
        ? sql`public.dutch_search_query(${text})`
        : sql`plainto_tsquery('dutch', ${text})`;
      condition.where(sql`${condition.alias}.search_vector @@ ${tsquery}`);
    },
  }),
);

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  plugins: [IdeaSearchConditionPlugin],
  // PostGraphile 5 by default only offers filtering and ordering on indexed columns; our API lets
  // clients sort on any field (e.g. supportCount), so the bench switches that restriction off,
  // which is PostGraphile 4's default (ignoreIndexes).
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  schema: {
    // Read-only: no create/update/delete mutations (the pool is read-only as well, see below).
    defaultBehavior: "-insert -update -delete",
    connectionFilterRelations: true,
    connectionFilterComputedColumns: false,
    connectionFilterSetofFunctions: false,
  },
  grafserv: {
    graphqlPath: "/graphql",
    graphiql: false,
    watch: false,
  },
  grafast: {
    explain: false,
  },
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public"],
      poolConfig: { max: Number(process.env.PG_POOL_MAX || 20) },
    }),
  ],
};

export default preset;
