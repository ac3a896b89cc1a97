namespace Dialoogtafels.Domain.Tables;

/// <summary>How a table met.</summary>
public enum TableFormat
{
    /// <summary>An online video conversation (all 2021 tables).</summary>
    Online = 0,

    /// <summary>Around a physical table.</summary>
    InPerson = 1,
}
