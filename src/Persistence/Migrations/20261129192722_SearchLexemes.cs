using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialoogtafels.Persistence.Migrations
{
    /// <summary>
    /// The lexemes of every search vector (<c>search_lexemes</c>), kept by statement triggers on ideas
    /// and stories, and <c>dutch_search_query</c> reading them: a search word of four or more letters
    /// now matches the lexemes that start with it as a list of exact lexemes (<c>'fiets' | 'fietsenrek'
    /// | …</c>) instead of a prefix (<c>'fiet':*</c>), when there are at most 64 of them.
    /// </summary>
    /// <remarks>
    /// Same matches, found faster: GIN reads a prefix by collecting every matching entry into a
    /// bitmap before it can combine it with the other conditions of the index (theme, actor), while
    /// exact entries are combined as they are read (docs/decisions/0008-search-prefixes-as-exact-lexemes.md).
    /// The list only grows (a lexeme whose last text is gone matches nothing), so it is complete as long
    /// as the triggers run; the migration fills it from the existing rows.
    /// </remarks>
    public partial class SearchLexemes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"
CREATE TABLE search_lexemes (lexeme text COLLATE ""C"" PRIMARY KEY);

CREATE FUNCTION search_lexemes_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_lexemes (lexeme)
    SELECT DISTINCT l FROM changed_rows, unnest(tsvector_to_array(changed_rows.search_vector)) AS l
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER ideas_search_lexemes_insert AFTER INSERT ON ideas
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_lexemes_add();
CREATE TRIGGER ideas_search_lexemes_update AFTER UPDATE ON ideas
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_lexemes_add();
CREATE TRIGGER stories_search_lexemes_insert AFTER INSERT ON stories
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_lexemes_add();
CREATE TRIGGER stories_search_lexemes_update AFTER UPDATE ON stories
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_lexemes_add();

INSERT INTO search_lexemes (lexeme)
SELECT unnest(tsvector_to_array(search_vector)) FROM ideas
UNION
SELECT unnest(tsvector_to_array(search_vector)) FROM stories
ON CONFLICT DO NOTHING;
ANALYZE search_lexemes;
");
            // As in DutchSearchQuery, but a word's prefix becomes the lexemes that start with it (more than
            // 64: the prefix stays; none: the word alone, which matches nothing either).
            // Still IMMUTABLE although it reads search_lexemes, on purpose: PostgreSQL folds an IMMUTABLE
            // call with known arguments into a constant when it plans a statement, and evaluates a STABLE
            // one again for every row it filters, so as STABLE every plan that filters rows on the search
            // (rather than reading them from the GIN index) would run this function, and its lookup, per
            // row. The only risk is a plan kept with a literal search text (a view, or a statement
            // prepared with the text inline), which no caller makes: such a plan would miss words that
            // arrive after it was made. See docs/decisions/0009-dutch-search-query-stays-immutable.md.
            migrationBuilder.Sql(DutchSearchQuerySql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"
CREATE OR REPLACE FUNCTION dutch_search_query(search text) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    rest text := websearch_to_tsquery('dutch', search)::text;
    result text := '';
    open_at int;
    close_at int;
    lexeme text;
    restem text;
BEGIN
    LOOP
        open_at := strpos(rest, '''');
        EXIT WHEN open_at = 0;
        result := result || left(rest, open_at - 1);
        rest := substr(rest, open_at + 1);
        close_at := strpos(rest, '''');
        lexeme := left(rest, close_at - 1);
        rest := substr(rest, close_at + 1);
        restem := coalesce((ts_lexize('dutch_stem', lexeme))[1], lexeme);
        result := result || '(' || quote_literal(lexeme) || CASE WHEN length(lexeme) >= 4 THEN ':*' ELSE '' END
            || CASE WHEN restem <> lexeme THEN ' | ' || quote_literal(restem) ELSE '' END || ')';
    END LOOP;
    result := result || rest;
    RETURN CASE WHEN btrim(result) = '' THEN ''::tsquery ELSE to_tsquery('simple', result) END;
END
$$;
DROP TRIGGER IF EXISTS ideas_search_lexemes_insert ON ideas;
DROP TRIGGER IF EXISTS ideas_search_lexemes_update ON ideas;
DROP TRIGGER IF EXISTS stories_search_lexemes_insert ON stories;
DROP TRIGGER IF EXISTS stories_search_lexemes_update ON stories;
DROP FUNCTION IF EXISTS search_lexemes_add();
DROP TABLE IF EXISTS search_lexemes;
");
        }

        /// <summary>This migration's <c>dutch_search_query</c> (the Down of <c>SearchQueryLexemeParsing</c> restores it).</summary>
        internal const string DutchSearchQuerySql = @"
CREATE OR REPLACE FUNCTION dutch_search_query(search text) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    rest text := websearch_to_tsquery('dutch', search)::text;
    result text := '';
    open_at int;
    close_at int;
    word text;
    restem text;
    found int;
    lexemes text;
BEGIN
    LOOP
        open_at := strpos(rest, '''');
        EXIT WHEN open_at = 0;
        result := result || left(rest, open_at - 1);
        rest := substr(rest, open_at + 1);
        close_at := strpos(rest, '''');
        word := left(rest, close_at - 1);
        rest := substr(rest, close_at + 1);
        restem := coalesce((ts_lexize('dutch_stem', word))[1], word);
        lexemes := NULL;
        IF length(word) >= 4 THEN
            SELECT count(*), string_agg(quote_literal(s.lexeme), ' | ') INTO found, lexemes
            -- a range the primary key answers (byte order, COLLATE ""C""); LIKE with a pattern known
            -- only at run time would read the whole table
            FROM (SELECT l.lexeme FROM search_lexemes l
                  WHERE l.lexeme >= (word COLLATE ""C"") AND l.lexeme < (word || chr(1114111)) COLLATE ""C"" AND starts_with(l.lexeme, word)
                  LIMIT 65) s;
            IF found = 0 THEN lexemes := quote_literal(word);
            ELSIF found > 64 THEN lexemes := quote_literal(word) || ':*';
            END IF;
        END IF;
        result := result || '(' || coalesce(lexemes, quote_literal(word))
            || CASE WHEN restem <> word THEN ' | ' || quote_literal(restem) ELSE '' END || ')';
    END LOOP;
    result := result || rest;
    RETURN CASE WHEN btrim(result) = '' THEN ''::tsquery ELSE to_tsquery('simple', result) END;
END
$$;
";
    }
}
