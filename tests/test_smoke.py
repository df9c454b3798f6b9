from tests.conftest import make_kr, make_person


def test_board_lists_key_result(admin_client):
    owner = make_person("dana@example.com", "Dana")
    make_kr(owner, title="Ship the beta")
    page = admin_client.get("/").get_data(as_text=True)
    assert "Ship the beta" in page
