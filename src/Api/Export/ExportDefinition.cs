using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;

namespace Dialoogtafels.Api.Export;

/// <summary>An export a feature declares (<c>Feature.Exports</c>), seen without its entity and row types.</summary>
public interface IExportDefinition
{
    /// <summary>The file name without extension, e.g. <c>ideas</c>.</summary>
    string Name { get; }

    /// <summary>Maps <c>GET /export/{Name}.csv</c> and <c>GET /export/{Name}.jsonl</c> (see <see cref="ExportEndpoints"/>).</summary>
    void Map(IEndpointRouteBuilder app);
}

/// <summary>
/// One export (<c>/export/{Name}.csv</c>, <c>/export/{Name}.jsonl</c>): the entity it lists, how a row is
/// read from PostgreSQL and its columns. Rows come one per item, in the requested order (by key without one).
/// </summary>
/// <typeparam name="T">The exported entity; its <c>where</c> and <c>search</c> are those of its declaration in the catalogue.</typeparam>
/// <typeparam name="TRow">The flat row read per item.</typeparam>
public abstract class ExportDefinition<T, TRow> : IExportDefinition
    where T : ContentEntity
    where TRow : class
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <summary>The columns, in file order.</summary>
    public abstract IReadOnlyList<ExportColumn<TRow>> Columns { get; }

    /// <summary>
    /// One query (one SQL statement) for the rows of the items that match <paramref name="filter"/>, in
    /// <paramref name="order"/> (whose last key is the id, so the order is total).
    /// Related dialogue, table and themes appear only when published.
    /// </summary>
    public abstract IQueryable<TRow> Rows(DialoogtafelsDbContext db, Expression<Func<T, bool>> filter, SortOrder<T> order);

    /// <inheritdoc />
    public void Map(IEndpointRouteBuilder app) => ExportEndpoints.Map(app, this);
}

/// <summary>
/// One column of an export: the CSV header and JSON property <paramref name="Name"/> (the GraphQL field
/// name where there is one) and the value in a row: a string, number, bool, <see cref="DateTimeOffset"/>,
/// a list of strings, or null.
/// </summary>
public sealed record ExportColumn<TRow>(string Name, Func<TRow, object?> Value);
