using Dialoogtafels.Api.Operations;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Reports;

/// <summary>
/// HTML reports "Resultaten op hoofdlijnen" (published content only, as anonymous callers see it):
/// <list type="bullet">
/// <item><c>GET /reports</c> and <c>GET /reports/programma</c>: the whole programme, all published dialogues;</item>
/// <item><c>GET /reports/{slug}</c>: one published dialogue.</item>
/// </list>
/// 200 with <c>text/html; charset=utf-8</c>; 404 with a small HTML page when no published dialogue has the slug.
/// A dialogue with the slug <c>programma</c> is shadowed by the programme report. An anonymous request reads from
/// a standby when one is configured (<see cref="ReadRouting"/>).
/// </summary>
public static class ReportEndpoints
{
    /// <summary>The path of the programme report; dialogue reports are below it.</summary>
    public const string Path = "/reports";

    /// <summary>The name under <see cref="Path"/> of the programme report.</summary>
    public const string ProgrammeSlug = "programma";

    private const string HtmlContentType = "text/html; charset=utf-8";

    /// <summary>Maps the report endpoints (GET). Needs the persistence services.</summary>
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, context => HandleAsync(context, null)).WithDisplayName("Report of the programme");
        app.MapGet($"{Path}/{ProgrammeSlug}", context => HandleAsync(context, null)).WithDisplayName("Report of the programme");
        app.MapGet(Path + "/{slug}", context => HandleAsync(context, (string)context.GetRouteValue("slug")!)).WithDisplayName("Report of a dialogue");
        return app;
    }

    /// <summary>The path of the report of the dialogue <paramref name="slug"/>.</summary>
    public static string PathOf(string slug) => $"{Path}/{Uri.EscapeDataString(slug)}";

    private static async Task HandleAsync(HttpContext context, string? slug)
    {
        using var route = ReadRouting.Enter(context, readsOnly: true);
        ReportModel? report = null;
        if (slug is null || Slugs.IsValid(slug))
        {
            var contexts = context.RequestServices.GetRequiredService<IDbContextFactory<DialoogtafelsDbContext>>();
            await using var db = await contexts.CreateDbContextAsync(context.RequestAborted);
            report = await ReportReader.ReadAsync(db, slug, context.RequestAborted);
        }

        context.Response.ContentType = HtmlContentType;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (report is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync(ReportPage.NotFound(slug!), context.RequestAborted);
            return;
        }

        await context.Response.WriteAsync(ReportPage.Render(report), context.RequestAborted);
    }
}
