-- Neovim's built-in LSP client against the finnews server: open a seed, wait for its diagnostics, hover
-- "10 Milliarden Dollar", and write what the client saw as JSON for run.sh to check.
--
-- Run from a copy of the seeds (the cwd becomes the workspace root):
--   FINNEWS_SERVER=/path/to/server/out/server.js FINNEWS_OUT=/tmp/result.json \
--     nvim --headless -u NONE -i NONE -n -c 'luafile /path/to/test/neovim/check.lua'
--
-- Works on Neovim 0.7 (Debian 12) and later: it uses vim.lsp.start_client + vim.lsp.buf_attach_client,
-- which exist in every version, rather than vim.lsp.start (0.8+). Every wait is bounded and polls with
-- vim.wait; nothing sleeps for a fixed time. Whatever happens, Neovim exits (with code 1 on an error).

local server = os.getenv('FINNEWS_SERVER')
local out = os.getenv('FINNEWS_OUT')
local article = '001_d03fd6a6cf6b45a2.txt'
local needle = '10 Milliarden Dollar'
local wait_ms = tonumber(os.getenv('FINNEWS_WAIT_MS') or '') or 30000

local summary = { nvim = tostring(vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch) }

local function write_summary()
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(summary))
  file:close()
end

local function run()
  assert(server and server ~= '', 'FINNEWS_SERVER is not set')
  assert(out and out ~= '', 'FINNEWS_OUT is not set')
  local root = vim.fn.getcwd()
  summary.root = root

  -- As a user's config would: filetype detection makes the .txt file 'text' (the languageId sent).
  vim.cmd('filetype on')
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. article))
  local buf = vim.api.nvim_get_current_buf()
  summary.filetype = vim.bo[buf].filetype

  local status = nil
  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'finnews',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    handlers = {
      -- The server's own status notification: article count and whether the background index runs.
      ['finnews/status'] = function(_, params) status = params end,
    },
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
  })
  assert(client_id, 'vim.lsp.start_client returned nil')
  assert(vim.lsp.buf_attach_client(buf, client_id), 'vim.lsp.buf_attach_client failed')

  -- Diagnostics for the buffer, and the index of all five seeds finished (so the conflict message
  -- names every article, not the ones indexed so far).
  local ok = vim.wait(wait_ms, function()
    return exited ~= nil
      or (#vim.diagnostic.get(buf) > 0 and status ~= nil and status.indexing == false and status.articles == 5)
  end, 20)
  summary.status = status
  if exited then error('server exited early: ' .. vim.inspect(exited)) end
  if not ok then
    error(string.format('no diagnostics within %d ms (got %d, status %s)', wait_ms, #vim.diagnostic.get(buf), vim.inspect(status)))
  end

  local diagnostics = vim.diagnostic.get(buf)
  summary.diagnosticCount = #diagnostics
  local first = diagnostics[1]
  summary.firstDiagnostic = {
    message = first.message,
    code = first.code or (first.user_data and first.user_data.lsp and first.user_data.lsp.code),
    source = first.source,
    severity = first.severity,
    -- vim.diagnostic positions are 0-based, byte columns.
    lnum = first.lnum,
    col = first.col,
  }

  -- Put the cursor on the figure, as a user pressing K would, and let the client convert the byte
  -- column to the position encoding the server uses (UTF-16: "über" earlier in the line makes the
  -- byte column one more than the UTF-16 character).
  local line = vim.api.nvim_buf_get_lines(buf, 0, 1, true)[1]
  local byte_col = assert(line:find(needle, 1, true), needle .. ' not found on line 1') - 1
  vim.api.nvim_win_set_cursor(0, { 1, byte_col })
  local params = vim.lsp.util.make_position_params()
  summary.hoverPosition = { line = params.position.line, character = params.position.character, byteColumn = byte_col }

  local responses, err = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 10000)
  assert(responses, 'hover: ' .. tostring(err))
  local response = responses[client_id]
  assert(response, 'hover: no response from finnews')
  assert(not response.err, 'hover error: ' .. vim.inspect(response.err))
  local contents = response.result and response.result.contents
  summary.hoverKind = type(contents) == 'table' and contents.kind or nil
  summary.hover = type(contents) == 'table' and contents.value or contents

  -- Shut the server down cleanly and wait for it to go.
  vim.lsp.stop_client(client_id)
  summary.stopped = vim.wait(5000, function() return exited ~= nil end, 20)
  summary.exit = exited
end

local ok, err = pcall(run)
if not ok then summary.error = tostring(err) end
local wrote, write_err = pcall(write_summary)
if not wrote then io.stderr:write('check.lua: cannot write summary: ' .. tostring(write_err) .. '\n') end
if ok and wrote then
  vim.cmd('qall!')
else
  io.stderr:write('check.lua: ' .. tostring(err) .. '\n')
  vim.cmd('cquit 1')
end
