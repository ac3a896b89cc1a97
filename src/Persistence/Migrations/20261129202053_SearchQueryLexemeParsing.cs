using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialoogtafels.Persistence.Migrations
{
    /// <summary>
    /// <c>dutch_search_query</c> reads the lexemes of the websearch query as tsquery writes them
    /// (<c>''</c> for a quote, <c>\</c> before an escaped character) and builds its result as tsquery
    /// text read literally (<c>::tsquery</c>) instead of parsing it again with
    /// <c>to_tsquery('simple', …)</c>.
    /// </summary>
    /// <remarks>
    /// Why: a second parse splits a lexeme that the text parser sees as a URL, path or compound
    /// (<c>'/wegen?x=1'</c>, <c>'zonder-mer'</c>) into a phrase of its parts; as the prefixes of
    /// migration <c>SearchLexemes</c> are such lexemes from the documents, "/wegen" would not find
    /// "…/wegen?x=1" nor "zond" "zonder-meer". And reading a lexeme up to the next quote ends a search
    /// word with a quote inside a URL ("x.nl/it's") at the first quote of <c>''</c>, which makes the
    /// query text invalid: an unexpected execution error.
    /// </remarks>
    public partial class SearchQueryLexemeParsing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"
CREATE OR REPLACE FUNCTION tsquery_lexeme(lexeme text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN '''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''';

CREATE OR REPLACE FUNCTION dutch_search_query(search text) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    rest text := websearch_to_tsquery('dutch', search)::text;
    result text := '';
    open_at int;
    ch text;
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
        -- the lexeme as tsquery writes it: '' is a quote, \ escapes the next character
        word := '';
        LOOP
            ch := left(rest, 1);
            EXIT WHEN ch = '';
            rest := substr(rest, 2);
            IF ch = '\' THEN
                word := word || left(rest, 1);
                rest := substr(rest, 2);
            ELSIF ch = '''' THEN
                EXIT WHEN left(rest, 1) <> '''';
                word := word || '''';
                rest := substr(rest, 2);
            ELSE
                word := word || ch;
            END IF;
        END LOOP;
        restem := coalesce((ts_lexize('dutch_stem', word))[1], word);
        lexemes := NULL;
        IF length(word) >= 4 THEN
            SELECT count(*), string_agg(tsquery_lexeme(s.lexeme), ' | ') INTO found, lexemes
            -- a range the primary key answers (byte order, COLLATE ""C"")
            FROM (SELECT l.lexeme FROM search_lexemes l
                  WHERE l.lexeme >= (word COLLATE ""C"") AND l.lexeme < (word || chr(1114111)) COLLATE ""C"" AND starts_with(l.lexeme, word)
                  LIMIT 65) s;
            IF found = 0 THEN lexemes := tsquery_lexeme(word);
            ELSIF found > 64 THEN lexemes := tsquery_lexeme(word) || ':*';
            END IF;
        END IF;
        result := result || '(' || coalesce(lexemes, tsquery_lexeme(word))
            || CASE WHEN restem <> word THEN ' | ' || tsquery_lexeme(restem) ELSE '' END || ')';
    END LOOP;
    result := result || rest;
    RETURN CASE WHEN btrim(result) = '' THEN ''::tsquery ELSE result::tsquery END;
END
$$;
");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchLexemes.DutchSearchQuerySql);
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS tsquery_lexeme(text);");
        }
    }
}
