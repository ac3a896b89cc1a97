using System.Data.Common;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Dialoogtafels.Api.Tests.Support;
using Dialoogtafels.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Dialoogtafels.Api.Tests.Hardening;

/// <summary>
/// The pool starvation of the hostile trial: GraphQL.NET runs sibling fields in parallel and every
/// field took a connection of its own, so one request with 100 aliases held 100 PostgreSQL backends
/// and two such requests made a normal query wait 33 s. Each test failed before the per-request cap
/// (<c>GraphQL:MaxConnectionsPerRequest</c>, <c>ConnectionLimit</c>).
/// </summary>
public class ConnectionLimitTests(ConnectionLimitTests.Factory api) : IClassFixture<ConnectionLimitTests.Factory>
{
    private const int Cap = 2;

    /// <summary>
    /// The API with a pool of <see cref="PoolSize"/> connections, the cap set to <see cref="Cap"/>, a <see cref="ConnectionWatch"/>,
    /// and no root field and alias limits nor lane of expensive requests.
    /// </summary>
    public sealed class Factory : ApiFactory
    {
        public const int PoolSize = 10;

        public ConnectionWatch Watch { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Dialoogtafels", Database.ConnectionString + $";Maximum Pool Size={PoolSize}");
            builder.UseSetting("GraphQL:MaxConnectionsPerRequest", Cap.ToString());
            builder.UseSetting("GraphQL:MaxRootFields", "0"); // the trial's many aliases, which the root field and alias limits now refuse first
            builder.UseSetting("GraphQL:MaxAliases", "0");
            builder.UseSetting("GraphQL:ExpensiveComplexity", "0"); // the per-request cap alone, without the lane of expensive requests
            builder.ConfigureServices(services => services.ConfigureDbContext<DialoogtafelsDbContext>(options => options.AddInterceptors(Watch)));
        }
    }

    private static string Aliases(int count, Func<int, string> field) =>
        "{ " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: {field(i)}")) + " }";

    [Fact]
    public async Task One_request_with_many_aliased_searches_never_holds_more_connections_than_the_cap()
    {
        // Every connection stays open 50 ms longer, so parallel fields overlap for sure.
        api.Watch.Reset(openDelay: TimeSpan.FromMilliseconds(50));
        var query = Aliases(30, i => i % 2 == 0
            ? $$"""ideas(search: "fiets of wonen {{i}}", first: 5) { totalCount nodes { title } }"""
            : "ideas(first: 5) { totalCount nodes { title themes { name } } }");

        var response = await api.PostAsync(query);

        Assert.True(response["errors"] is null, response.ToJsonString());
        Assert.Equal(30, response["data"]!.AsObject().Count);
        Assert.InRange(api.Watch.Peak, 1, Cap);
    }

    [Fact]
    public async Task A_normal_query_answers_while_heavy_but_allowed_requests_run()
    {
        // Three requests of 20 aliased searches whose statements take 300 ms each: without a cap they
        // took all 10 connections of the pool and the normal query queued behind their 60 statements.
        api.Watch.Reset(slowMarker: "traagheid", slowDelay: TimeSpan.FromMilliseconds(300));
        var heavyQuery = Aliases(20, i => $$"""ideas(search: "traagheid {{i}}", first: 5) { nodes { title } }""");
        var clock = Stopwatch.StartNew();
        var heavy = Enumerable.Range(0, 3).Select(async _ =>
        {
            var response = await api.PostAsync(heavyQuery);
            return (Response: response, Done: clock.Elapsed);
        }).ToList();

        // Once the heavy requests hold their connections (3 × the cap), the normal query comes.
        var waited = Stopwatch.StartNew();
        while (api.Watch.Open < 3 * Cap && waited.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(10);
        Assert.True(api.Watch.Open >= 3 * Cap, $"the heavy requests held {api.Watch.Open} connections");
        var normal = await api.PostAsync("{ dialogues(first: 3) { nodes { title } } }");
        var normalDone = clock.Elapsed;
        var heavyDone = await Task.WhenAll(heavy);

        Assert.True(normal["errors"] is null, normal.ToJsonString());
        Assert.Equal(3, normal["data"]!["dialogues"]!["nodes"]!.AsArray().Count);
        Assert.All(heavyDone, h => Assert.True(h.Response["errors"] is null, h.Response.ToJsonString()));
        var firstHeavy = heavyDone.Min(h => h.Done);
        Assert.True(normalDone < firstHeavy, $"the normal query answered after {normalDone}, the first heavy request after {firstHeavy}");
        Assert.InRange(api.Watch.Peak, 1, 3 * Cap + 1);
    }
}

/// <summary>
/// Counts the connections EF Core holds open (from opened to closing) over all contexts of a host,
/// and can hold connections and slow commands down so that parallel work overlaps.
/// </summary>
public sealed class ConnectionWatch : IDbConnectionInterceptor, IDbCommandInterceptor
{
    private readonly HashSet<DbConnection> open = [];
    private TimeSpan openDelay;
    private string? slowMarker;
    private TimeSpan slowDelay;

    /// <summary>The most connections open at the same time since <see cref="Reset"/>.</summary>
    public int Peak { get; private set; }

    /// <summary>The connections open now.</summary>
    public int Open
    {
        get { lock (open) return open.Count; }
    }

    /// <summary>Starts counting anew; every opened connection is then held <paramref name="openDelay"/> longer, and commands with a parameter containing <paramref name="slowMarker"/> take <paramref name="slowDelay"/> longer.</summary>
    public void Reset(TimeSpan openDelay = default, string? slowMarker = null, TimeSpan slowDelay = default)
    {
        lock (open)
        {
            Peak = open.Count;
            this.openDelay = openDelay;
            this.slowMarker = slowMarker;
            this.slowDelay = slowDelay;
        }
    }

    private void Opened(DbConnection connection)
    {
        lock (open)
        {
            open.Add(connection);
            Peak = Math.Max(Peak, open.Count);
        }
    }

    private void Gone(DbConnection connection)
    {
        lock (open) open.Remove(connection);
    }

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        Opened(connection);
        if (openDelay > TimeSpan.Zero) Thread.Sleep(openDelay);
    }

    public async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Opened(connection);
        if (openDelay > TimeSpan.Zero) await Task.Delay(openDelay, cancellationToken);
    }

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Gone(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Gone(connection);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Gone(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Gone(connection);
        return ValueTask.FromResult(result);
    }

    public void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Gone(connection);

    public Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Gone(connection);
        return Task.CompletedTask;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (slowMarker is { } marker && command.Parameters.Cast<DbParameter>().Any(p => p.Value is string s && s.Contains(marker)))
            await Task.Delay(slowDelay, cancellationToken);
        return result;
    }
}
