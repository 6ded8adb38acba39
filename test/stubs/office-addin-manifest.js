// Stand-in for office-addin-manifest under Jest: office-addin-mock only needs the host-name enum.
module.exports = { OfficeApp: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project" } };
