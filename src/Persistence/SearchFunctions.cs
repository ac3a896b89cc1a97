using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Dialoogtafels.Persistence;

/// <summary>
/// Database functions of the Dutch full-text search, usable in LINQ queries (mapped in
/// <see cref="DialoogtafelsDbContext"/>; created by the migration <c>Initial</c>; prefixes are
/// expanded through the table <c>search_lexemes</c>, see docs/decisions/0008-search-prefixes-as-exact-lexemes.md).
/// </summary>
public static class SearchFunctions
{
    /// <summary>
    /// <c>dutch_search_query(search)</c>: the client's text in websearch syntax (<c>"quoted phrase"</c>,
    /// <c>-exclude</c>, <c>or</c>) as a <c>tsquery</c> over the <c>dutch</c> configuration, where each
    /// lexeme of four or more letters also matches as a prefix (as the list of the lexemes of all search
    /// vectors that start with it, when there are at most 64), and each lexeme also matches its own
    /// stem — so that "fietsen" (stem <c>fiets</c>) finds "fiets" (stem <c>fiet</c>) and the other way
    /// round. Stop words only give an empty query, which matches nothing.
    /// </summary>
    /// <exception cref="InvalidOperationException">When called outside a LINQ query.</exception>
    public static NpgsqlTsQuery DutchSearchQuery(string search) =>
        throw new InvalidOperationException("Only for use in LINQ queries that EF Core translates.");

    internal static void Map(ModelBuilder modelBuilder) =>
        modelBuilder.HasDbFunction(typeof(SearchFunctions).GetMethod(nameof(DutchSearchQuery))!).HasName("dutch_search_query");
}
