using Dialoogtafels.Domain.Dialogues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialoogtafels.Persistence.Configurations;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ConfigureContent();
        builder.Property(x => x.Title).HasMaxLength(300);
        builder.Property(x => x.Url).HasMaxLength(2000);
        builder.HasIndex(x => x.DialogueId);
    }
}
