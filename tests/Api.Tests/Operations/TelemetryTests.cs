using System.Diagnostics;
using System.Net.Http.Json;
using Dialoogtafels.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Dialoogtafels.Api.Tests.Operations;

/// <summary>
/// With telemetry on, a request is one trace: the HTTP span, a <c>graphql.operation</c> span with the
/// operation's name, type and document hash (no variable values), and the SQL statements under it; the
/// operation's duration, statement count and error codes are recorded as metrics.
/// </summary>
public class TelemetryTests : IClassFixture<TelemetryTests.TracedApi>
{
    private readonly TracedApi api;

    public TelemetryTests(TracedApi api) => this.api = api;

    [Fact]
    public async Task An_operation_is_a_span_with_its_name_type_and_hash_and_its_sql_below_it()
    {
        const string query = "query Embed($search: String) { ideas(first: 3, search: $search) { nodes { title themes { name } } } }";
        var response = await api.PostAsync(query, new { search = "geheimwoord-in-een-variabele" }, operationName: "Embed");
        Assert.Null(response["errors"]);
        api.Flush();

        var operation = Assert.Single(api.Spans, s => s.OperationName == "graphql.operation" && Equals(s.GetTagItem("graphql.operation.name"), "Embed"));
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(query))),
            operation.GetTagItem("graphql.document.hash"));
        var sql = api.Spans.Where(s => s.Source.Name == "Npgsql" && s.TraceId == operation.TraceId).ToList();
        Assert.NotEmpty(sql);
        Assert.All(sql, s => Assert.True(IsBelow(s, operation), $"{s.DisplayName} is not below the operation span"));
        Assert.Contains(api.Spans, s => s.Source.Name == "Microsoft.AspNetCore" && s.TraceId == operation.TraceId);
        Assert.DoesNotContain(api.Spans.Where(s => s.TraceId == operation.TraceId).SelectMany(s => s.TagObjects),
            tag => tag.Value?.ToString()?.Contains("geheimwoord") == true);
    }

    [Fact]
    public async Task Duration_statements_and_error_codes_are_metrics()
    {
        await api.PostAsync("query Counted { ideas(first: 2) { totalCount } }", operationName: "Counted");
        await api.PostAsync("{ ideas(first: 500) { totalCount } }");
        api.Flush();

        var names = api.Metrics.Select(m => m.Name).ToHashSet();
        Assert.Contains("graphql.server.request.duration", names);
        Assert.Contains("graphql.server.request.sql_statements", names);
        var errors = api.Metrics.Where(m => m.Name == "graphql.server.errors").SelectMany(Points).ToList();
        Assert.Contains(errors, p => p.Tags.Contains(new KeyValuePair<string, object?>("error.code", "PAGING_MAX_PAGE_SIZE_EXCEEDED")));
        var statements = api.Metrics.Where(m => m.Name == "graphql.server.request.sql_statements").SelectMany(Points)
            .Single(p => p.Tags.Contains(new KeyValuePair<string, object?>("graphql.operation.name", "Counted")));
        Assert.True(statements.Sum >= 1, $"statements: {statements.Sum}");
    }

    private static bool IsBelow(Activity span, Activity ancestor)
    {
        for (var parent = span.ParentSpanId; parent != default;)
        {
            if (parent == ancestor.SpanId) return true;
            var next = TracedApiSpans.Find(parent);
            if (next is null) return false;
            parent = next.ParentSpanId;
        }

        return false;
    }

    private static List<(List<KeyValuePair<string, object?>> Tags, double Sum)> Points(Metric metric)
    {
        var points = new List<(List<KeyValuePair<string, object?>>, double)>();
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            var tags = new List<KeyValuePair<string, object?>>();
            foreach (var tag in point.Tags) tags.Add(tag);
            double sum = metric.MetricType switch
            {
                MetricType.Histogram => point.GetHistogramSum(),
                MetricType.LongSum => point.GetSumLong(),
                _ => 0,
            };
            points.Add((tags, sum));
        }

        return points;
    }

    /// <summary>The API with telemetry on and in-memory exporters.</summary>
    public sealed class TracedApi : ApiFactory
    {
        private readonly Locked<Activity> spans = new();
        private readonly Locked<Metric> metrics = new();

        /// <summary>The finished spans so far (a copy: the exporter adds to them from its own thread).</summary>
        public List<Activity> Spans => spans.Snapshot();

        /// <summary>The metrics of the last <see cref="Flush"/>.</summary>
        public List<Metric> Metrics => metrics.Snapshot();

        public void Flush()
        {
            Services.GetRequiredService<TracerProvider>().ForceFlush();
            metrics.Clear();
            Services.GetRequiredService<MeterProvider>().ForceFlush();
            TracedApiSpans.Current = Spans;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Telemetry:Enabled", "true");
            builder.ConfigureServices(services => services
                .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))
                .ConfigureOpenTelemetryMeterProvider(meter => meter.AddInMemoryExporter(metrics)));
        }
    }

    // A collection the exporters may add to while a test reads it.
    private sealed class Locked<T> : ICollection<T>
    {
        private readonly List<T> items = [];

        public int Count { get { lock (items) return items.Count; } }

        public bool IsReadOnly => false;

        public List<T> Snapshot() { lock (items) return [.. items]; }

        public void Add(T item) { lock (items) items.Add(item); }

        public void Clear() { lock (items) items.Clear(); }

        public bool Contains(T item) { lock (items) return items.Contains(item); }

        public void CopyTo(T[] array, int arrayIndex) { lock (items) items.CopyTo(array, arrayIndex); }

        public bool Remove(T item) { lock (items) return items.Remove(item); }

        public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static class TracedApiSpans
    {
        public static List<Activity> Current { get; set; } = [];

        public static Activity? Find(ActivitySpanId id)
        {
            lock (Current) return Current.FirstOrDefault(s => s.SpanId == id);
        }
    }
}
