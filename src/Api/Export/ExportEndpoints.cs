using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Api.Operations;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Export;

/// <summary>
/// Open data: every published idea and story as a file.
/// <list type="bullet">
/// <item><c>GET /export/ideas.csv</c>, <c>GET /export/stories.csv</c>: RFC 4180 CSV, UTF-8, a header row,
/// one record per item (<c>text/csv; charset=utf-8; header=present</c>);</item>
/// <item><c>GET /export/ideas.jsonl</c>, <c>GET /export/stories.jsonl</c>: JSON Lines, one object per item
/// (<c>application/x-ndjson</c>).</item>
/// </list>
/// The exports are the registered <see cref="IExportDefinition"/>s: those the features declare (e.g. <c>IdeaExport</c>);
/// ids are the API's global ids. An anonymous export reads from a standby when one is configured (<see cref="ReadRouting"/>).
/// Query parameters, as the <c>ideas</c>/<c>stories</c> list fields take them (<see cref="ExportQuery"/>): <c>where</c>
/// (the JSON of an <c>IdeaFilterInput</c>/<c>StoryFilterInput</c>, enum values by their GraphQL names), <c>search</c>
/// and <c>order</c> (the JSON of <c>[IdeaSortInput!]</c>/<c>[StorySortInput!]</c>; without it by key); any other
/// parameter is refused.
/// Status codes: 200 with <c>Content-Disposition: attachment; filename=ideas.csv</c> (the rows are streamed in
/// the order asked for); <c>HEAD</c> gives the same status and headers with no body and runs no query;
/// 400 with <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c> for a bad parameter (<see cref="ExportErrors"/>).
/// </summary>
public static class ExportEndpoints
{
    /// <summary>Maps the endpoints (GET and HEAD) of every export the features declare. Needs the GraphQL schema and the persistence services.</summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        foreach (var export in app.ServiceProvider.GetServices<IExportDefinition>()) export.Map(app);
        return app;
    }

    /// <summary>Maps the CSV and JSON Lines endpoints of <paramref name="export"/>.</summary>
    internal static void Map<T, TRow>(IEndpointRouteBuilder app, ExportDefinition<T, TRow> export)
        where T : ContentEntity
        where TRow : class
    {
        foreach (var format in new[] { ExportFormat.Csv, ExportFormat.JsonLines })
        {
            app.MapMethods($"/export/{export.Name}.{format.Extension}", [HttpMethods.Get, HttpMethods.Head], context => HandleAsync(context, export, format))
                .WithDisplayName($"Export {export.Name}.{format.Extension}");
        }
    }

    private static async Task HandleAsync<T, TRow>(HttpContext context, ExportDefinition<T, TRow> export, ExportFormat format)
        where T : ContentEntity
        where TRow : class
    {
        using var route = ReadRouting.Enter(context, readsOnly: true);
        var services = context.RequestServices;
        ExportQuery<T> query;
        try
        {
            query = ExportQuery.From<T>(context.Request.Query, services.GetRequiredService<ISchema>(), services.GetRequiredService<EntityCatalog>(), services.GetService<ReferenceKeys>());
        }
        catch (ExportRequestException error)
        {
            await ExportErrors.WriteAsync(context, error);
            return;
        }

        if (HttpMethods.IsHead(context.Request.Method))
        {
            ExportStream.WriteHeaders(context, export.Name, format); // the headers of GET; no query runs
            return;
        }

        await ReferenceKeys.LoadAsync(query.Filter, context.RequestAborted);
        await using var db = await services.GetRequiredService<IDbContextFactory<DialoogtafelsDbContext>>().CreateDbContextAsync(context.RequestAborted);
        // Sort keys through a required reference are subqueries over placeholder sets (QueryRoots).
        var rows = QueryRoots.Bind(export.Rows(db, query.Filter, query.Order), db).AsNoTracking().AsAsyncEnumerable();
        await ExportStream.WriteAsync(context, export.Name, format, export.Columns, rows);
    }
}
