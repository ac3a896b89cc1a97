using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Search;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;

namespace Dialoogtafels.Api.Export;

/// <summary>
/// One export (<c>/export/{Name}.csv</c>, <c>/export/{Name}.jsonl</c>): the entity it lists, how a row is
/// read from PostgreSQL and its columns. Rows come ordered by key, one per item.
/// </summary>
/// <typeparam name="T">The exported entity; its <c>where</c> is <c>{T}FilterInput</c>.</typeparam>
/// <typeparam name="TRow">The flat row read per item.</typeparam>
internal abstract class ExportDefinition<T, TRow> where T : ContentEntity
{
    /// <summary>The file name without extension, e.g. <c>ideas</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The full-text search of the entity (the list field's <c>search</c>).</summary>
    public abstract SearchDefinition<T> Search { get; }

    /// <summary>The columns, in file order.</summary>
    public abstract IReadOnlyList<ExportColumn<TRow>> Columns { get; }

    /// <summary>
    /// One query (one SQL statement) for the rows of the items that match <paramref name="filter"/>, by key.
    /// Related dialogue, table and themes appear only when published.
    /// </summary>
    public abstract IQueryable<TRow> Rows(DialoogtafelsDbContext db, Expression<Func<T, bool>> filter);
}

/// <summary>
/// One column of an export: the CSV header and JSON property <paramref name="Name"/> (the GraphQL field
/// name where there is one) and the value in a row: a string, number, bool, <see cref="DateTimeOffset"/>,
/// a list of strings, or null.
/// </summary>
internal sealed record ExportColumn<TRow>(string Name, Func<TRow, object?> Value);
