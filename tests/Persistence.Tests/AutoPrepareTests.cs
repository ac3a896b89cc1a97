using Npgsql;

namespace Dialoogtafels.Persistence.Tests;

/// <summary>Statements are prepared automatically and connections not reset unless the connection string decides otherwise.</summary>
public class AutoPrepareTests
{
    [Fact]
    public void Switched_on_by_default()
    {
        var builder = new NpgsqlConnectionStringBuilder(PersistenceServiceCollectionExtensions.WithConnectionDefaults("Host=db;Database=x"));
        Assert.Equal(PersistenceServiceCollectionExtensions.DefaultMaxAutoPrepare, builder.MaxAutoPrepare);
        Assert.Equal(2, builder.AutoPrepareMinUsages);
        Assert.Equal("db", builder.Host);
        Assert.True(builder.NoResetOnClose);
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false", false)]
    [InlineData("Host=db;NoResetOnClose=false", false)]
    [InlineData("Host=db;Max Auto Prepare=0", true)]
    public void The_connection_string_decides_about_the_reset_when_it_sets_it(string connectionString, bool expected) =>
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(PersistenceServiceCollectionExtensions.WithConnectionDefaults(connectionString)).NoResetOnClose);

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;max auto prepare=7", 7)]
    [InlineData("Host=db;MaxAutoPrepare=9", 9)]
    public void The_connection_string_decides_when_it_sets_it(string connectionString, int expected) =>
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(PersistenceServiceCollectionExtensions.WithConnectionDefaults(connectionString)).MaxAutoPrepare);
}
