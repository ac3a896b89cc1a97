using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dialoogtafels.Persistence;

/// <summary>
/// SQL window functions usable in LINQ projections (mapped in <see cref="DialoogtafelsDbContext"/>).
/// </summary>
public static class WindowFunctions
{
    /// <summary>
    /// <c>count(*) OVER ()</c>: the number of rows the query's <c>WHERE</c> keeps, counted before its
    /// <c>LIMIT</c> (PostgreSQL evaluates window functions before <c>ORDER BY</c> and <c>LIMIT</c>),
    /// the same on every row. Only meaningful in the projection of the query whose rows it counts.
    /// </summary>
    /// <exception cref="InvalidOperationException">When called outside a LINQ query.</exception>
    public static long CountAll() =>
        throw new InvalidOperationException("Only for use in LINQ queries that EF Core translates.");

    internal static void Map(ModelBuilder modelBuilder) =>
        modelBuilder.HasDbFunction(typeof(WindowFunctions).GetMethod(nameof(CountAll))!)
            .HasTranslation(_ => new SqlFunctionExpression("count(*) OVER ()", nullable: false, typeof(long), new LongTypeMapping("bigint")));
}
