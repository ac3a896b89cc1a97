using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dialoogtafels.Api.Data.Statistics;

/// <summary>
/// Runs hand-written SQL around a LINQ query in one statement: EF Core translates the query
/// (visibility, <c>where</c>, <c>search</c> — all parameterized), and the SQL embeds that text as a
/// subquery, e.g. <c>WITH slice AS ({inner}) SELECT …</c>. For what LINQ cannot say (<c>unnest</c> of a
/// <c>tsvector</c>, trigram similarity, <c>LATERAL … LIMIT</c>). Values of the SQL itself are
/// parameters too (<see cref="SqlParameters.Add"/>), never concatenated.
/// </summary>
public static class ComposedSql
{
    /// <summary>
    /// Executes <paramref name="sql"/>(inner query text, parameters) with the parameters of
    /// <paramref name="inner"/> and returns the rows <paramref name="read"/> makes of the result.
    /// </summary>
    public static async Task<List<TRow>> QueryAsync<TRow>(
        DbContext db, IQueryable inner, Func<string, SqlParameters, string> sql, Func<DbDataReader, TRow> read,
        CancellationToken cancellationToken)
    {
        await using var command = inner.CreateDbCommand();
        command.CommandText = sql(command.CommandText, new SqlParameters(command));
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<TRow>();
            while (await reader.ReadAsync(cancellationToken)) rows.Add(read(reader));
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>Adds values to a composed command as parameters, named or positional like the ones EF Core put there.</summary>
public sealed class SqlParameters(DbCommand command)
{
    private int named;

    /// <summary>Adds <paramref name="value"/> and returns its placeholder for the SQL text.</summary>
    public string Add(object value)
    {
        var positional = command.Parameters.Count > 0 && string.IsNullOrEmpty(command.Parameters[0].ParameterName);
        var parameter = new NpgsqlParameter { Value = value };
        if (!positional) parameter.ParameterName = $"composed_{named++}";
        command.Parameters.Add(parameter);
        return positional ? "$" + command.Parameters.Count : "@" + parameter.ParameterName;
    }
}
