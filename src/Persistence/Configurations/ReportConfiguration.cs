using Dialoogtafels.Domain.Dialogues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialoogtafels.Persistence.Configurations;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ConfigureContent();
        builder.Property(x => x.Title).HasMaxLength(Report.TitleMaxLength);
        builder.Property(x => x.Url).HasMaxLength(Report.UrlMaxLength);
        builder.HasIndex(x => x.DialogueId);
    }
}
