using Dialoogtafels.Persistence.Import.Pabulib;
using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Persistence.Tests.Import;

/// <summary>A malformed file is rejected whole: the exception names file, line and reason, and nothing is written.</summary>
public sealed class PabulibRejectionTests(TestDatabase database) : IClassFixture<TestDatabase>, IDisposable
{
    private const string FileName = "Netherlands_Foutstad_9.pb";

    private static readonly string[] Head =
        ["META", "key;value", "description;Foutstad Begroot", "country;Netherlands", "unit;Foutstad", "instance;9"];

    private readonly PabulibImporter importer = new(new TestContextFactory(database));
    private readonly TempPbFiles files = new();

    public void Dispose() => files.Dispose();

    public static TheoryData<string, string[], int, string> BrokenFiles => new()
    {
        {
            "bad cost in the last row",
            [.. Head, "PROJECTS", "project_id;cost;votes;name;category", "1;100;5;Bank;Groen", "2;200;6;Boom;Groen", "3;abc;7;Weg;Verkeer", "VOTES", "voter_id;vote", "v1;1,2"],
            11, "project 3 has cost 'abc', which is not a number"
        },
        {
            "missing PROJECTS",
            [.. Head, "VOTES", "voter_id;vote", "v1;1,2"],
            7, "missing PROJECTS section: VOTES found before any PROJECTS"
        },
        {
            "wrong column count",
            [.. Head, "PROJECTS", "project_id;cost;votes;name;category", "1;100;5;Bank;Groen", "2;200;6;Boom; Groen;Extra"],
            10, "project 2 has 6 fields, but the PROJECTS header has 5 (check the quoting)"
        },
        {
            "unterminated quote in the last row",
            [.. Head, "PROJECTS", "project_id;cost;votes;name;category", "1;100;5;Bank;Groen", "2;200;6;\"Boom;Groen"],
            10, "unterminated quote: the quoted field is not closed before the end of the file"
        },
        {
            "non-numeric votes",
            [.. Head, "PROJECTS", "project_id;cost;votes;name;category", "1;100;vijf;Bank;Groen"],
            9, "project 1 has votes 'vijf', which is not a non-negative whole number"
        },
        {
            "duplicate project_id in the last row",
            [.. Head, "PROJECTS", "project_id;cost;votes;name;category", "1;100;5;Bank;Groen", "1;200;6;Boom;Groen"],
            10, "duplicate project_id '1' (first on line 9)"
        },
        {
            "missing META",
            ["PROJECTS", "project_id;cost;votes;name", "1;100;5;Bank"],
            1, "missing META section: the file must start with META"
        },
        {
            "missing name column",
            [.. Head, "PROJECTS", "project_id;cost;votes", "1;100;5"],
            8, "the PROJECTS header lacks required column 'name'"
        },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task Rejects_a_malformed_file_and_writes_nothing(string @case, string[] lines, int line, string reason)
    {
        var before = await CountsAsync();

        var error = await Assert.ThrowsAsync<PabulibFormatException>(() => importer.ImportFileAsync(files.Write(FileName, lines)));

        Assert.Equal($"{FileName}:{line}: {reason}", error.Message);
        Assert.Equal((FileName, line, reason), (error.FileName, error.LineNumber, error.Reason));
        Assert.Equal(before, await CountsAsync());
        Assert.False(await Read(db => db.Dialogues.AnyAsync(d => d.Slug == "pabulib-netherlands-foutstad-9")), @case);
    }

    [Fact]
    public async Task A_broken_new_version_of_an_imported_file_changes_nothing()
    {
        await importer.ImportFileAsync(files.Write("Netherlands_Heelstad_8.pb", [
            .. Head[..4], "unit;Heelstad", "instance;8", "PROJECTS", "project_id;cost;votes;name;category", "1;100;5;Bank;Zitplekken",
        ]));
        var before = await CountsAsync();

        var error = await Assert.ThrowsAsync<PabulibFormatException>(() => importer.ImportFileAsync(files.Write("Netherlands_Heelstad_8.pb", [
            .. Head[..4], "unit;Heelstad", "instance;8", "PROJECTS", "project_id;cost;votes;name;category",
            "1;999;50;Andere bank;Nieuwe categorie", "2;10;1;Nieuw;Nieuwe categorie", "3;10;1;Kapot;\"Nieuwe\"categorie",
        ])));

        Assert.Equal(11, error.LineNumber);
        Assert.Equal(before, await CountsAsync());
        var idea = await Read(db => db.Ideas.SingleAsync(i => i.ExternalReference == "pabulib:Netherlands/Heelstad/8/1"));
        Assert.Equal(("Bank", 5, 100m), (idea.Title, idea.SupportCount, idea.CostEstimate!.Value));
    }

    private Task<(int Dialogues, int Ideas, int Themes, int Links)> CountsAsync() => Read(async db =>
        (await db.Dialogues.CountAsync(), await db.Ideas.CountAsync(), await db.Themes.CountAsync(), await db.IdeaThemes.CountAsync()));

    private async Task<T> Read<T>(Func<DialoogtafelsDbContext, Task<T>> query)
    {
        await using var db = database.CreateContext();
        return await query(db);
    }
}
