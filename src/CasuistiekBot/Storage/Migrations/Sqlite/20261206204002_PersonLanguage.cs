using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CasuistiekBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "preview_requested_by",
                table: "panels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "preview_status",
                table: "panels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "preview_until",
                table: "panels",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "preview_requested_by",
                table: "panels");

            migrationBuilder.DropColumn(
                name: "preview_status",
                table: "panels");

            migrationBuilder.DropColumn(
                name: "preview_until",
                table: "panels");
        }
    }
}
