"""datapath.items: the one walk over the rows of the lists a profile's dotted path names."""
from generator import datapath


def test_items_are_the_mappings_of_every_list_reached():
    data = {"projects": [{"indicators": [{"name": "a"}, "（请填写）", {"name": "b"}]},
                         {"indicators": "no list"},
                         {"indicators": [{"name": "c"}]}]}
    assert list(datapath.items(data, "projects.*.indicators")) == [
        (("projects", 0, "indicators", 0), {"name": "a"}),
        (("projects", 0, "indicators", 2), {"name": "b"}),
        (("projects", 2, "indicators", 0), {"name": "c"}),
    ]


def test_mappings_of_one_list_keep_its_place():
    assert list(datapath.mappings([None, {"name": "a"}], ("indicators",))) == [(("indicators", 1), {"name": "a"})]
    assert list(datapath.mappings({"name": "a"}, ("indicators",))) == []
