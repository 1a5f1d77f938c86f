document.getElementById('redeem').addEventListener('submit', async function (event) {
  event.preventDefault();
  var result = document.getElementById('result');
  var body = {
    customerCardNumber: document.getElementById('card').value.trim(),
    birthDate: document.getElementById('birth').value,
    code: document.getElementById('code').value
  };
  try {
    var response = await fetch('/portal/redemptions', {
      method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)
    });
    var answer = await response.json();
    result.textContent = answer.message || 'A kód beváltása most nem sikerült. Próbálja újra később.';
    result.className = answer.success ? 'ok' : 'error';
    if (answer.success) {
      document.getElementById('code').value = '';
    }
  } catch (e) {
    result.textContent = 'A szolgáltatás most nem érhető el. Próbálja újra később.';
    result.className = 'error';
  }
});
