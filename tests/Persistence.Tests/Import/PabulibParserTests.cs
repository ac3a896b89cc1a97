using Dialoogtafels.Persistence.Import.Pabulib;

namespace Dialoogtafels.Persistence.Tests.Import;

public class PabulibParserTests
{
    private static readonly string[] Meta =
    [
        "META",
        "key;value",
        "description;Buurtbudget Test",
        "country;Netherlands",
        "unit;Teststad",
        "instance;7",
    ];

    private static Task<PabulibFile> Parse(params string[] lines) =>
        PabulibParser.ParseAsync(new StringReader(string.Join("\r\n", lines)), "Netherlands_Test_7.pb");

    private static async Task<PabulibFormatException> Rejects(params string[] lines) =>
        await Assert.ThrowsAsync<PabulibFormatException>(() => Parse(lines));

    [Fact]
    public async Task Parses_quoted_fields_with_doubled_quotes_and_semicolons()
    {
        var file = await Parse([
            .. Meta,
            "PROJECTS",
            "project_id;cost;votes;name;category",
            "1;1500.50;12;\"\"\"Generator\"\" pilotfilm; deel 2\";Kunst en Cultuur",
            "2;800;0;\"Twee\nregels\";\"Groen, Sport\"",
            "VOTES",
            "voter_id;vote",
            "v1;1,2",
        ]);

        Assert.Equal(["project_id", "cost", "votes", "name", "category"], file.ProjectColumns);
        Assert.Equal("\"Generator\" pilotfilm; deel 2", file.Projects[0].Name);
        Assert.Equal(1500.50m, file.Projects[0].Cost);
        Assert.Equal(12, file.Projects[0].Votes);
        Assert.Equal(9, file.Projects[0].LineNumber);
        Assert.Equal("Twee\nregels", file.Projects[1].Name);
        Assert.Equal("Groen, Sport", file.Projects[1].Field("category"));
        Assert.Equal(1, file.VoteCount);
        Assert.Equal("Teststad", file.Meta["UNIT"]);
    }

    [Fact]
    public async Task Accepts_the_spaced_layout_of_the_format_page_and_optional_columns()
    {
        var file = await Parse([
            "\uFEFFMETA",
            "key; value",
            "country; Poland",
            "unit; Wieliczka",
            "instance; 2020",
            "",
            "PROJECTS",
            "project_id; cost; name; selected",
            "1; 600; Park; 1",
            "2; 800; \"Plein\" ; 2",
            "3; 1e3; Bank;",
        ]);

        Assert.Equal("Wieliczka", file.MetaValue("unit"));
        Assert.Equal([1, 2, null], file.Projects.Select(p => p.Selected));
        Assert.Equal("Plein", file.Projects[1].Name);
        Assert.Equal(1000m, file.Projects[2].Cost);
        Assert.Null(file.Projects[0].Votes);
        Assert.Equal(0, file.VoteCount);
    }

    [Fact]
    public async Task Parses_every_shared_sample_file()
    {
        var total = 0;
        foreach (var path in SharedData.PabulibFiles())
        {
            var file = await PabulibParser.ParseFileAsync(path);
            Assert.Equal(int.Parse(file.Meta["num_projects"]), file.Projects.Count);
            Assert.Equal(int.Parse(file.Meta["num_votes"]), file.VoteCount);
            total += file.Projects.Count;
        }

        Assert.Equal(SharedData.PabulibIdeaCount, total);
    }

    [Fact]
    public async Task Rejects_a_cost_that_is_not_a_number()
    {
        var error = await Rejects([.. Meta, "PROJECTS", "project_id;cost;votes;name", "12;abc;3;Bankje"]);
        Assert.Equal("Netherlands_Test_7.pb:9: project 12 has cost 'abc', which is not a number", error.Message);
        Assert.Equal(("Netherlands_Test_7.pb", 9), (error.FileName, error.LineNumber));
    }

    [Theory]
    [InlineData("1e40", "cost '1e40', which is too large")]
    [InlineData("-1e40", "cost '-1e40', which is negative")]
    [InlineData("1e5000", "cost '1e5000', which is too large")]
    [InlineData("NaN", "cost 'NaN', which is not a number")]
    [InlineData("Infinity", "cost 'Infinity', which is not a number")]
    public async Task Says_a_number_out_of_range_is_out_of_range(string cost, string expected) =>
        Assert.Contains(expected, (await Rejects([.. Meta, "PROJECTS", "project_id;cost;votes;name", $"12;{cost};3;Bankje"])).Message);

    [Fact]
    public async Task Says_too_many_votes_are_too_many() =>
        Assert.Contains("votes '99999999999', which is too large",
            (await Rejects([.. Meta, "PROJECTS", "project_id;cost;votes;name", "12;5;99999999999;Bankje"])).Message);

    [Fact]
    public async Task Rejects_a_cost_with_a_decimal_comma() =>
        Assert.Contains("cost '1,5'", (await Rejects([.. Meta, "PROJECTS", "project_id;cost;name", "1;\"1,5\";Bankje"])).Message);

    [Fact]
    public async Task Rejects_votes_that_are_not_a_whole_number()
    {
        var error = await Rejects([.. Meta, "PROJECTS", "project_id;cost;votes;name", "12;10;veel;Bankje"]);
        Assert.Equal(":9: project 12 has votes 'veel', which is not a non-negative whole number", error.Message[error.FileName.Length..]);
    }

    [Fact]
    public async Task Rejects_a_file_without_projects()
    {
        var error = await Rejects([.. Meta, "VOTES", "voter_id;vote", "1;1"]);
        Assert.Equal("Netherlands_Test_7.pb:7: missing PROJECTS section: VOTES found before any PROJECTS", error.Message);

        error = await Rejects(Meta);
        Assert.Equal("Netherlands_Test_7.pb:6: missing PROJECTS section", error.Message);
    }

    [Fact]
    public async Task Rejects_a_file_without_meta()
    {
        var error = await Rejects("PROJECTS", "project_id;cost;name", "1;10;Bankje");
        Assert.Equal("Netherlands_Test_7.pb:1: missing META section: the file must start with META", error.Message);
    }

    [Fact]
    public async Task Rejects_a_row_with_the_wrong_column_count_respecting_quotes()
    {
        var error = await Rejects([.. Meta, "PROJECTS", "project_id;cost;votes;name", "1;10;2;\"Bank; stoel\"", "2;10;2;Bank;stoel"]);
        Assert.Equal("Netherlands_Test_7.pb:10: project 2 has 5 fields, but the PROJECTS header has 4 (check the quoting)", error.Message);
    }

    [Fact]
    public async Task Rejects_an_unterminated_quote_at_the_line_it_opens()
    {
        var error = await Rejects([.. Meta, "PROJECTS", "project_id;cost;name", "1;10;Bankje", "2;10;\"Bankje", "VOTES", "voter_id;vote"]);
        Assert.Equal("Netherlands_Test_7.pb:10: unterminated quote: the quoted field is not closed before the end of the file", error.Message);
    }

    [Fact]
    public async Task Rejects_text_after_a_closing_quote()
    {
        var error = await Rejects([.. Meta, "PROJECTS", "project_id;cost;name", "1;10;\"Bank\"je"]);
        Assert.StartsWith("Netherlands_Test_7.pb:9: unexpected text 'je' after a closing quote", error.Message);
    }

    [Fact]
    public async Task Rejects_a_duplicate_project_id()
    {
        var error = await Rejects([.. Meta, "PROJECTS", "project_id;cost;name", "1;10;Bankje", "1;20;Stoel"]);
        Assert.Equal("Netherlands_Test_7.pb:10: duplicate project_id '1' (first on line 9)", error.Message);
    }

    [Fact]
    public async Task Rejects_missing_required_columns()
    {
        var error = await Rejects([.. Meta, "PROJECTS", "project_id;votes", "1;10"]);
        Assert.Equal("Netherlands_Test_7.pb:8: the PROJECTS header lacks required columns 'cost', 'name'", error.Message);
    }

    [Fact]
    public async Task Rejects_meta_without_the_round_identity()
    {
        var error = await Rejects("META", "key;value", "country;Netherlands", "instance;7", "PROJECTS", "project_id;cost;name");
        Assert.Equal("Netherlands_Test_7.pb:1: META has no 'unit' (required: country, unit, instance)", error.Message);
    }

    [Fact]
    public async Task Rejects_a_selected_value_outside_0_1_2()
    {
        var error = await Rejects([.. Meta, "PROJECTS", "project_id;cost;name;selected", "4;10;Bankje;3"]);
        Assert.Equal("Netherlands_Test_7.pb:9: project 4 has selected '3', which is not 0, 1 or 2", error.Message);
    }
}
