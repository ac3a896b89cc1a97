using System.Linq.Expressions;
using System.Net;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Api.Export;
using Dialoogtafels.Api.GraphQL.Ideas;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dialoogtafels.Api.Tests.Export;

/// <summary>
/// An export that fails after its response started (the client goes away, PostgreSQL cancels the
/// statement, writing a row throws) aborts the response and gives its connection back usable: with one
/// pooled connection (<see cref="PoolOfOneApiFactory"/>), the next export gets the whole file.
/// </summary>
public class ExportFailureTests(ExportFailureTests.Factory api) : IClassFixture<ExportFailureTests.Factory>, IAsyncLifetime
{
    private const string Slug = "export-failure";
    private const int Rows = 20_000;

    /// <summary>With <c>/export/failing.csv</c>: the ideas export, whose row <see cref="FailingExport.FailAt"/> throws.</summary>
    public sealed class Factory : PoolOfOneApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, MapFailingExport>());
        }

        private sealed class MapFailingExport : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.UseRouting();
                app.UseEndpoints(endpoints => new FailingExport().Map(endpoints));
            };
        }
    }

    private sealed class FailingExport : ExportDefinition<Idea, IdeaExport.Row>
    {
        public const int FailAt = 5_000;
        private static readonly IdeaExport Ideas = new();
        private int rows;

        public override string Name => "failing";

        public override IReadOnlyList<ExportColumn<IdeaExport.Row>> Columns =>
        [
            .. Ideas.Columns,
            new("failing", _ => Interlocked.Increment(ref rows) % FailAt == 0 ? throw new InvalidOperationException("A row that cannot be written.") : "ok"),
        ];

        public override IQueryable<IdeaExport.Row> Rows(DialoogtafelsDbContext db, Expression<Func<Idea, bool>> filter, SortOrder<Idea> order) => Ideas.Rows(db, filter, order);
    }

    public async Task InitializeAsync()
    {
        await using var db = api.Database.CreateContext();
        if (await db.Dialogues.AnyAsync(d => d.Slug == Slug)) return;
        await db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO dialogues (title, slug, track, phase, status, created_at, updated_at)
            VALUES ('Afgebroken', '{Slug}', 'Citizens', 'Exploration', 'Published', now(), now());
            INSERT INTO ideas (dialogue_id, title, description, proposed_actors, support_count, source, is_paraphrase, status, created_at, updated_at)
            SELECT d.id, 'Idee ' || n, repeat('Een lange beschrijving; ', 8), ARRAY['Government'], n % 100, 'Online', false, 'Published', now(), now()
            FROM dialogues d CROSS JOIN generate_series(1, {Rows}) AS n WHERE d.slug = '{Slug}';
            """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Where => "where=" + Uri.EscapeDataString("{\"dialogue\":{\"slug\":{\"eq\":\"" + Slug + "\"}}}");

    [Fact]
    public async Task After_the_client_goes_away_mid_stream_the_next_export_is_whole()
    {
        using var client = api.CreateClient();
        using (var response = await client.GetAsync($"/export/ideas.csv?{Where}", HttpCompletionOption.ResponseHeadersRead))
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            Assert.NotNull(await reader.ReadLineAsync());
        }

        await AssertNextExportIsWholeAsync(client);
    }

    [Fact]
    public async Task After_PostgreSQL_cancels_the_statement_mid_stream_the_next_export_is_whole()
    {
        using var client = api.CreateClient();
        using (var response = await client.GetAsync($"/export/ideas.jsonl?{Where}", HttpCompletionOption.ResponseHeadersRead))
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            Assert.NotNull(await reader.ReadLineAsync());
            await using (var db = api.Database.CreateContext())
            {
                var cancelled = await db.Database.SqlQueryRaw<bool>(
                    "SELECT pg_cancel_backend(pid) AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE '%FROM ideas%'").ToListAsync();
                Assert.Equal([true], cancelled);
            }

            await Assert.ThrowsAnyAsync<Exception>(async () => { while (await reader.ReadLineAsync() is not null) { } }); // aborted, not a short file
        }

        await AssertNextExportIsWholeAsync(client);
    }

    [Fact]
    public async Task After_writing_a_row_fails_mid_stream_the_next_export_is_whole()
    {
        using var client = api.CreateClient();
        using (var response = await client.GetAsync($"/export/failing.csv?{Where}", HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            await Assert.ThrowsAnyAsync<Exception>(async () => { while (await reader.ReadLineAsync() is not null) { } });
        }

        await AssertNextExportIsWholeAsync(client);
    }

    private static async Task AssertNextExportIsWholeAsync(HttpClient client)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync($"/export/ideas.jsonl?{Where}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.Equal(Rows, text.Count(c => c == '\n'));
        }

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), $"the next exports took {started.Elapsed}");
    }
}
