using System.Diagnostics;

namespace Dialoogtafels.Api.Tests.Support;

/// <summary>Counts the SQL statements Npgsql sends to one database while the counter is alive (via Npgsql's ActivitySource).</summary>
public sealed class SqlStatementCounter : IDisposable
{
    private readonly ActivityListener listener;
    private readonly List<string> statements = [];

    public SqlStatementCounter(string database)
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                var db = activity.GetTagItem("db.namespace") ?? activity.GetTagItem("db.name");
                var text = activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement");
                if (Equals(db, database) && text is string sql)
                    lock (statements) statements.Add(sql);
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>The statements seen so far.</summary>
    public IReadOnlyList<string> Statements
    {
        get { lock (statements) return statements.ToArray(); }
    }

    public void Dispose() => listener.Dispose();
}
