using Dialoogtafels.Api.Tests.Support;
using Dialoogtafels.Persistence;
using Npgsql;

namespace Dialoogtafels.Api.Tests.Queries.Equivalence;

/// <summary>Npgsql automatic preparation: the connection-string rewrite, and results once PostgreSQL switches to generic plans.</summary>
public class AutoPrepareResultTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => EquivalenceData.AddAsync(api.Database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("Host=h;Database=d;Max Auto Prepare=0", 0)]
    [InlineData("Host=h;Database=d;max auto prepare=17", 17)]
    [InlineData("Host=h;Database=d;MaxAutoPrepare=0", 0)]
    [InlineData("Host=h;Database=d", PersistenceServiceCollectionExtensions.DefaultMaxAutoPrepare)]
    public void Max_auto_prepare_is_kept_or_defaulted(string connectionString, int expected) =>
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(PersistenceServiceCollectionExtensions.WithConnectionDefaults(connectionString)).MaxAutoPrepare);

    [Fact]
    public void A_configured_min_usages_is_not_overwritten()
    {
        var result = new NpgsqlConnectionStringBuilder(PersistenceServiceCollectionExtensions.WithConnectionDefaults("Host=h;Database=d;Auto Prepare Min Usages=9"));
        Assert.Equal(9, result.AutoPrepareMinUsages);
    }

    [Fact]
    public void Other_settings_survive_the_rewrite()
    {
        var given = "Host=h;Port=5433;Database=d;Username=u;Password=p;Pooling=false;Command Timeout=77;Application Name=x";
        var result = new NpgsqlConnectionStringBuilder(PersistenceServiceCollectionExtensions.WithConnectionDefaults(given));
        Assert.Equal("p", result.Password);
        Assert.False(result.Pooling);
        Assert.Equal(77, result.CommandTimeout);
        Assert.Equal(5433, result.Port);
        Assert.Equal("x", result.ApplicationName);
    }

    [Fact]
    public async Task Results_stay_right_after_many_executions_of_one_statement_shape()
    {
        const string query = """
            query($s: String, $t: String, $q: String) { ideas(first: 50, search: $q, where: { title: { startsWith: "Trl idee" }, dialogue: { slug: { eq: $s } }, or: [{ table: { title: { eq: $t } } }, { costEstimate: { eq: null } }] }) { totalCount nodes { title } } }
            """;
        var cases = new (string S, string T, string? Q)[] { ("trl-a", "Trl tafel noord", null), ("trl-c", "Trl tafel noord", null), ("trl-none", "x", null), ("trl-a", "zzz", null), ("trl-a", "Trl tafel noord", "bomen"), ("trl-c", "Trl tafel noord", "fietsen") };
        var first = new Dictionary<int, string>();
        for (var round = 0; round < 12; round++)
        {
            for (var i = 0; i < cases.Length; i++)
            {
                var response = await api.PostAsync(query, new { s = cases[i].S, t = cases[i].T, q = cases[i].Q });
                Assert.True(response["errors"] is null, response.ToJsonString());
                var text = response["data"]!.ToJsonString();
                if (round == 0) first[i] = text;
                else Assert.Equal(first[i], text);
            }
        }
        Assert.Contains("Trl idee 01", first[0]);
        Assert.Contains("\"totalCount\":0", first[2]);
    }
}
