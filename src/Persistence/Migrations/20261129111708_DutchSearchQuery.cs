using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialoogtafels.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DutchSearchQuery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // See SearchFunctions.DutchSearchQuery: websearch syntax over the dutch configuration, each
            // lexeme of 4+ letters also as a prefix, and each lexeme also as its own stem.
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
");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS dutch_search_query(text);");
        }
    }
}
