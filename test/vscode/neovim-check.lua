-- Checks the Newsmark language server from a second, independent LSP client: Neovim's built-in one (0.7 and later).
-- Run by neovim-check.sh, from the corpus folder, as:
--   NEWSMARK_SERVER=dist/server.js NEWSMARK_CORPUS=dir nvim --headless --clean -c 'luafile neovim-check.lua'
-- Loads the set-up docs/neovim.md documents (neovim-newsmark.lua), opens an article where "Elena Marín Ortega" is only
-- "Marín", asks for a hover and a definition on that short mention, and expects the canonical name and the main mention
-- in the earliest article. Exits non-zero on any failure.
local main_mention_article = '01-presupuestos.txt'
local canonical_name = 'Elena Marín Ortega'
local mention_context, mention_word = 'aseguró Marín', 'Marín'
local timeout_ms = 30000

local function say(message)
  io.stdout:write('[neovim] ' .. message .. '\n')
end

local function fail(message)
  say('FAIL  ' .. message)
  vim.cmd('cquit 1')
end

-- The documented set-up reads NEWSMARK_SERVER itself; without it, it would quietly try its example path.
if not os.getenv('NEWSMARK_SERVER') or not os.getenv('NEWSMARK_CORPUS') then
  fail('NEWSMARK_SERVER and NEWSMARK_CORPUS must be set')
end
local article = os.getenv('NEWSMARK_CORPUS') .. '/02-congreso.txt'

-- An LSP position one character into `word`, inside the first line holding `context`, in UTF-16 code units as the
-- protocol counts them.
local function position_of(lines, context, word)
  for index, line in ipairs(lines) do
    local context_start = line:find(context, 1, true)
    if context_start then
      local word_start = line:find(word, context_start, true)
      local _, utf16 = vim.str_utfindex(line, word_start - 1)
      return { line = index - 1, character = utf16 + 1 }
    end
  end
  error('"' .. context .. '" is not in ' .. article)
end

local function hover_text(result)
  local contents = result.contents
  if type(contents) == 'string' then return contents end
  if contents.value then return contents.value end
  local parts = {}
  for _, part in ipairs(contents) do table.insert(parts, type(part) == 'string' and part or part.value) end
  return table.concat(parts, '\n')
end

-- Sends `method` until the server answers with something `accept` takes; the server may still be indexing.
local function request_until(buffer, method, params, accept)
  local deadline = vim.loop.now() + timeout_ms
  local last = 'no answer'
  while vim.loop.now() < deadline do
    local responses = vim.lsp.buf_request_sync(buffer, method, params, 5000)
    for _, response in pairs(responses or {}) do
      if response.error then
        last = vim.inspect(response.error)
      elseif response.result then
        local accepted = accept(response.result)
        if accepted then return accepted end
        last = vim.inspect(response.result)
      end
    end
    vim.wait(300)
  end
  fail(method .. ' timed out after ' .. timeout_ms .. ' ms; last answer: ' .. last)
end

local function text_at(uri, range)
  local line = vim.fn.readfile(vim.uri_to_fname(uri))[range.start.line + 1]
  return line:sub(vim.str_byteindex(line, range.start.character, true) + 1)
end

local function run()
  local here = debug.getinfo(1, 'S').source:sub(2):match('(.*/)')
  dofile(here .. 'neovim-newsmark.lua')
  vim.cmd('edit ' .. vim.fn.fnameescape(article))
  local buffer = vim.api.nvim_get_current_buf()
  local attached = vim.wait(timeout_ms, function()
    for _, client in pairs(vim.lsp.buf_get_clients(buffer)) do
      if client.name == 'newsmark' and client.initialized then return true end
    end
    return false
  end, 100)
  if not attached then return fail('no initialized newsmark client on ' .. article .. ' within ' .. timeout_ms .. ' ms') end

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buffer) },
    position = position_of(vim.api.nvim_buf_get_lines(buffer, 0, -1, false), mention_context, mention_word),
  }

  local hover = request_until(buffer, 'textDocument/hover', params, function(result)
    local text = hover_text(result)
    return text:find(canonical_name, 1, true) and text or nil
  end)
  say('PASS  hover on "' .. mention_word .. '": ' .. hover:gsub('\n+', ' / '))

  local target = request_until(buffer, 'textDocument/definition', params, function(result)
    local location = result.uri and result or result[1]
    if not location then return nil end
    local uri = location.targetUri or location.uri
    local range = location.targetSelectionRange or location.range
    if vim.endswith(uri, '/' .. main_mention_article) and vim.startswith(text_at(uri, range), canonical_name) then
      return { uri = uri, line = range.start.line + 1 }
    end
  end)
  say('PASS  definition of "' .. mention_word .. '": ' .. main_mention_article .. ' line ' .. target.line)

  vim.lsp.stop_client(vim.lsp.get_active_clients())
  vim.cmd('qall!')
end

local ok, problem = pcall(run)
if not ok then fail(tostring(problem)) end
