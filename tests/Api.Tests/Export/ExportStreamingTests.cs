using System.Diagnostics.Metrics;
using System.Net;
using Dialoogtafels.Api.Export;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Tests.Export;

/// <summary>
/// Exports are streamed: the first rows reach the client while most rows are not yet read from the
/// database. The test host's response pipe applies back-pressure (its writer pauses at 64 KiB unread),
/// so while the client holds still after the first line, the server cannot run ahead and must wait;
/// the rows it has read and written so far are counted by the export meter (<see cref="ExportStream.MeterName"/>).
/// An implementation that buffers (reads every row, or writes without flushing) shows all rows written
/// before the client reads on (checked by making the flush interval infinite: this test then fails).
/// </summary>
/// <remarks>The meter is process-wide, so this class runs alone (<see cref="ExportMeterCollection"/>): no other export may count meanwhile.</remarks>
[Collection(ExportMeterCollection.Name)]
public class ExportStreamingTests(OpenDataApiFactory api) : IClassFixture<OpenDataApiFactory>, IAsyncLifetime
{
    private const string Slug = "export-stream";
    private const int Rows = 20_000;

    public async Task InitializeAsync()
    {
        await using var db = api.Database.CreateContext();
        if (await db.Dialogues.AnyAsync(d => d.Slug == Slug)) return;
        await db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO dialogues (title, slug, track, phase, status, created_at, updated_at)
            VALUES ('Streaming', '{Slug}', 'Citizens', 'Exploration', 'Published', now(), now());
            INSERT INTO ideas (dialogue_id, title, description, proposed_actors, support_count, source, is_paraphrase, status, created_at, updated_at)
            SELECT d.id, 'Idee ' || n, repeat('Een lange beschrijving, met "aanhalingstekens"; ', 4), ARRAY['Government'], n % 100, 'Online', false, 'Published', now(), now()
            FROM dialogues d CROSS JOIN generate_series(1, {Rows}) AS n WHERE d.slug = '{Slug}';
            """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    public async Task The_first_line_arrives_while_most_rows_are_still_unread(string format)
    {
        long written = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ExportStream.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref written, value));
        listener.Start();

        using var client = api.CreateClient();
        var where = Uri.EscapeDataString("{\"dialogue\":{\"slug\":{\"eq\":\"" + Slug + "\"}}}");
        using var response = await client.GetAsync($"/export/ideas.{format}?where={where}", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync();
        using var reader = new StreamReader(body);
        Assert.NotNull(await reader.ReadLineAsync());

        await Task.Delay(500); // let the server run as far as it can
        var writtenWhileWaiting = Interlocked.Read(ref written);
        Assert.True(writtenWhileWaiting < Rows / 2, $"{writtenWhileWaiting} of {Rows} rows were written before the client read on");

        var lines = 1;
        while (await reader.ReadLineAsync() is not null) lines++;
        Assert.Equal(format == "csv" ? Rows + 1 : Rows, lines);
        Assert.Equal(Rows, Interlocked.Read(ref written));
    }
}

/// <summary>Tests that read the process-wide export meter; they run when no other test runs.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExportMeterCollection
{
    public const string Name = "Export meter";
}
