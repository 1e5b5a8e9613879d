-- Newsmark in Neovim 0.7 or later: entities, dates and quotations of plain-text news articles, over LSP.
-- docs/neovim.md shows this file; test/vscode/neovim-check.lua loads it as is, so what the documentation shows is
-- what the suite checks. Put it in your init.lua and point NEWSMARK_SERVER (or the path below) at dist/server.js.
local newsmark_server = vim.env.NEWSMARK_SERVER or vim.fn.expand('~/newsmark/dist/server.js')
local newsmark_client

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'text',
  callback = function(args)
    -- One server for the whole corpus: the folder Neovim was started in.
    if not newsmark_client or vim.lsp.client_is_stopped(newsmark_client) then
      local root = vim.fn.getcwd()
      newsmark_client = vim.lsp.start_client({
        name = 'newsmark',
        cmd = { 'node', newsmark_server, '--stdio' },
        root_dir = root,
        workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
        settings = { newsmark = { include = { '**/*.txt' }, exclude = {}, maxFileSizeKB = 5120 } },
      })
    end
    vim.lsp.buf_attach_client(args.buf, newsmark_client)
    local options = { buffer = args.buf }
    vim.keymap.set('n', 'K', vim.lsp.buf.hover, options)
    vim.keymap.set('n', 'gd', vim.lsp.buf.definition, options)
    vim.keymap.set('n', 'gr', vim.lsp.buf.references, options)
    vim.keymap.set('n', 'gO', vim.lsp.buf.document_symbol, options)
    vim.keymap.set('n', '<leader>ws', vim.lsp.buf.workspace_symbol, options)
  end,
})
